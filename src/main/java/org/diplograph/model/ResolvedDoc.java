package org.diplograph.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A document with the actor mentions of each sentence resolved to canonical actors: the output of
 * the resolve stage.
 *
 * @param annotated the annotated document
 * @param mentions per sentence (same order as {@code annotated.sentences()}), the mentions in text
 *     order, non-overlapping
 * @param actors every actor of the document, one per id, with all its surface forms
 */
public record ResolvedDoc(AnnotatedDoc annotated, List<List<Mention>> mentions, List<Actor> actors) {
  public ResolvedDoc {
    Objects.requireNonNull(annotated, "annotated");
    mentions = mentions.stream().map(List::copyOf).toList();
    actors = List.copyOf(actors);
    if (mentions.size() != annotated.sentences().size()) {
      throw new IllegalArgumentException("one mention list per sentence expected");
    }
  }

  /** The actor with that id, if the document has it. */
  public Optional<Actor> actor(ActorId id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Actors by id. */
  public Map<ActorId, Actor> actorsById() {
    return actors.stream().collect(java.util.stream.Collectors.toMap(Actor::id, a -> a, (a, b) -> a));
  }
}
