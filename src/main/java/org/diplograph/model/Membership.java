package org.diplograph.model;

import java.util.Objects;

/** A member of an organization or grouping, as the text names it. */
public record Membership(ActorId member, ActorId organization) {
  public Membership {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(organization, "organization");
    if (organization.type() != ActorType.ORGANIZATION) {
      throw new IllegalArgumentException("not an organization: " + organization);
    }
  }
}
