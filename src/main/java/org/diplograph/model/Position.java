package org.diplograph.model;

import java.util.Objects;

/** A post held by a person, as the text states it (美国国防部长奥斯汀). */
public record Position(ActorId person, ActorId country, String title) {
  public Position {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(title, "title");
    if (person.type() != ActorType.PERSON) {
      throw new IllegalArgumentException("not a person: " + person);
    }
  }
}
