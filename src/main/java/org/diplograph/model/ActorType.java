package org.diplograph.model;

/** The kinds of actor of the annotation guideline. */
public enum ActorType {
  COUNTRY("Country", ""),
  ORGANIZATION("Organization", "org:"),
  PERSON("Person", "per:"),
  GOVERNMENT_BODY("GovernmentBody", "gov:");

  private final String label;
  private final String goldPrefix;

  ActorType(String label, String goldPrefix) {
    this.label = label;
    this.goldPrefix = goldPrefix;
  }

  /** The type name used in the gold JSON and as the ontology class's local name. */
  public String label() {
    return label;
  }

  /** The prefix of this type's ids in the gold JSON ({@code org:}, {@code per:} …). */
  public String goldPrefix() {
    return goldPrefix;
  }

  /** True for the types that stand as event parties (country or organization level). */
  public boolean isPartyLevel() {
    return this == COUNTRY || this == ORGANIZATION;
  }
}
