package org.diplograph.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one document: the content of its named graph.
 *
 * @param doc the document
 * @param actors the actors it mentions
 * @param events the events it asserts
 * @param positions the posts it states
 * @param memberships the memberships it states
 * @param extractorVersion the version of the extractor that produced it (provenance)
 */
public record DocumentExtraction(
    SourceDoc doc,
    List<Actor> actors,
    List<Event> events,
    List<Position> positions,
    List<Membership> memberships,
    String extractorVersion) {
  public DocumentExtraction {
    Objects.requireNonNull(doc, "doc");
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    positions = List.copyOf(positions);
    memberships = List.copyOf(memberships);
  }
}
