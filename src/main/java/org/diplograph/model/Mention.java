package org.diplograph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A resolved mention of one or more actors in a sentence.
 *
 * @param start offset of the first character in the sentence
 * @param end offset after the last character in the sentence
 * @param surface the text as written (in the document's script)
 * @param kind what kind of mention it is
 * @param referents the actors it names (empty for a group reference)
 * @param groupSize for a group reference, how many parties it stands for (2 for 双方/两国), else 0
 * @param confidence how sure the link is, in [0, 1]
 */
public record Mention(
    int start, int end, String surface, MentionKind kind, List<ActorId> referents, int groupSize,
    double confidence) {
  public Mention {
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(kind, "kind");
    referents = List.copyOf(referents);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention span " + start + "-" + end);
    }
    Confidence.check(confidence);
  }

  public static Mention of(int start, int end, String surface, MentionKind kind, ActorId actor) {
    return new Mention(start, end, surface, kind, List.of(actor), 0, 1.0);
  }

  /** True when the two spans share a character. */
  public boolean overlaps(Mention other) {
    return start < other.end && other.start < end;
  }

  /** The single referent, if there is exactly one. */
  public Optional<ActorId> single() {
    return referents.size() == 1 ? Optional.of(referents.get(0)) : Optional.empty();
  }
}
