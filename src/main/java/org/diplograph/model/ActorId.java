package org.diplograph.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The canonical identity of an actor: its type and a key (ISO 3166-1 alpha-3 code for a country,
 * the usual English short name for an organization, the fullest Chinese name for a person or a
 * government body). Made by the static factories, which normalise the key.
 */
public record ActorId(ActorType type, String key) implements Comparable<ActorId> {

  public ActorId {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("actor key is blank");
    }
  }

  /** A country by its ISO 3166-1 alpha-3 code, e.g. {@code country("JPN")}. */
  public static ActorId country(String iso3) {
    String code = iso3.trim().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-3 code: " + iso3);
    }
    return new ActorId(ActorType.COUNTRY, code);
  }

  /** An organization by its usual English acronym or short name, e.g. {@code organization("NATO")}. */
  public static ActorId organization(String shortName) {
    return new ActorId(ActorType.ORGANIZATION, shortName.trim().toUpperCase(Locale.ROOT));
  }

  /** A person by the fullest Chinese name of the document. */
  public static ActorId person(String name) {
    return new ActorId(ActorType.PERSON, name.trim());
  }

  /** A government body by its Chinese name with the country prefix, e.g. 美国国防部. */
  public static ActorId governmentBody(String name) {
    return new ActorId(ActorType.GOVERNMENT_BODY, name.trim());
  }

  /**
   * Parses an id in the gold notation: {@code JPN}, {@code org:NATO}, {@code per:岸田文雄}, {@code
   * gov:美国国防部}.
   *
   * @throws IllegalArgumentException if the text is not such an id
   */
  public static ActorId parseGold(String text) {
    for (ActorType t : ActorType.values()) {
      if (!t.goldPrefix().isEmpty() && text.startsWith(t.goldPrefix())) {
        return new ActorId(t, text.substring(t.goldPrefix().length()));
      }
    }
    return country(text);
  }

  /** The id in the gold notation, the inverse of {@link #parseGold}. */
  public String gold() {
    return type.goldPrefix() + key;
  }

  @Override
  public int compareTo(ActorId o) {
    int c = type.compareTo(o.type);
    return c != 0 ? c : key.compareTo(o.key);
  }

  @Override
  public String toString() {
    return gold();
  }
}
