package org.diplograph.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An actor found in one document.
 *
 * @param id canonical identity
 * @param names every surface form of it in the document, in the document's own script
 * @param country for a person or a government body, the country (or organization) it acts for
 * @param title for a person, the title of office as written (国防部长, 首相)
 * @param confidence how sure the resolver is of the link, in [0, 1]
 */
public record Actor(
    ActorId id, Set<String> names, Optional<ActorId> country, Optional<String> title, double confidence) {

  public Actor {
    Objects.requireNonNull(id, "id");
    names = Set.copyOf(names);
    Confidence.check(confidence);
  }
}
