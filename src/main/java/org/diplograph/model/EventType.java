package org.diplograph.model;

/**
 * The ten event types of the annotation guideline, with their CAMEO and PLOVER codes.
 * Directed types have exactly two parties, source first.
 */
public enum EventType {
  MEET("Meeting", false, "040", "CONSULT"),
  VISIT("Visit", true, "042", "CONSULT"),
  SIGN("Signing", false, "057", "AGREE"),
  UPGRADE_PARTNERSHIP("PartnershipUpgrade", false, "050", "COOPERATE"),
  JOINT_STATEMENT("JointStatement", false, "010", "AGREE"),
  JOIN("Joining", true, "050", "COOPERATE"),
  OPPOSE("Opposition", true, "111", "ACCUSE"),
  LAUNCH("Launch", false, "060", "COOPERATE"),
  ESTABLISH_RELATIONS("RelationsEstablishment", false, "054", "COOPERATE"),
  SEVER_RELATIONS("RelationsSeverance", true, "161", "REDUCE");

  private final String className;
  private final boolean directed;
  private final String cameo;
  private final String plover;

  EventType(String className, boolean directed, String cameo, String plover) {
    this.className = className;
    this.directed = directed;
    this.cameo = cameo;
    this.plover = plover;
  }

  /** The local name of the ontology class of this event type. */
  public String className() {
    return className;
  }

  /** True when party order matters (source, target). */
  public boolean directed() {
    return directed;
  }

  /** The CAMEO event code closest to this type. */
  public String cameo() {
    return cameo;
  }

  /** The PLOVER event category closest to this type. */
  public String plover() {
    return plover;
  }
}
