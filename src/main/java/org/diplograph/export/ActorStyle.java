package org.diplograph.export;

import org.diplograph.model.ActorType;

/** The colours of actor types shared by the DOT export and the graph page's legend. */
public final class ActorStyle {
  private ActorStyle() {}

  /** A hex colour (#rrggbb) for nodes of {@code type}. */
  public static String color(ActorType type) {
    return switch (type) {
      case COUNTRY -> "#1f77b4";
      case ORGANIZATION -> "#ff7f0e";
      case PERSON -> "#2ca02c";
      case GOVERNMENT_BODY -> "#9467bd";
    };
  }
}
