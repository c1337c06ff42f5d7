package org.diplograph.model;

import java.util.Locale;

/** The named-entity classes the extractor uses, mapped from the NLP engine's own tag names. */
public enum NerTag {
  PERSON,
  COUNTRY,
  STATE_OR_PROVINCE,
  CITY,
  LOCATION,
  ORGANIZATION,
  NATIONALITY,
  TITLE,
  DATE,
  OTHER,
  O;

  /** Maps an engine tag (GPE, PERSON, ORG, TITLE …) to ours; unknown tags become OTHER, none O. */
  public static NerTag fromEngineTag(String tag) {
    String t = tag.toUpperCase(Locale.ROOT);
    return switch (t) {
      case "O", "" -> O;
      case "PERSON" -> PERSON;
      case "COUNTRY", "GPE" -> COUNTRY;
      case "STATE_OR_PROVINCE" -> STATE_OR_PROVINCE;
      case "CITY" -> CITY;
      case "LOCATION", "LOC", "FACILITY" -> LOCATION;
      case "ORGANIZATION", "ORG" -> ORGANIZATION;
      case "NATIONALITY" -> NATIONALITY;
      case "TITLE" -> TITLE;
      case "DATE", "TIME" -> DATE;
      default -> OTHER;
    };
  }
}
