package org.diplograph.eval;

/** The measures of the annotation guideline's scoring section. */
public enum Measure {
  /** Country, organization and person actors, one-to-one by code or normalised name. */
  ACTORS("actors"),
  /** The set of (type, parties) per document: the headline figure. */
  EVENTS("events (parties)"),
  /** (type, parties, date), dates matching when the coarser is a prefix of the other. */
  EVENTS_STRICT("events (strict)"),
  /** (person, country) pairs. */
  POSITIONS("positions"),
  /** (member, organization) pairs. */
  MEMBERSHIPS("memberships");

  private final String label;

  Measure(String label) {
    this.label = label;
  }

  /** The name shown in reports. */
  public String label() {
    return label;
  }
}
