package org.diplograph.graph;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.diplograph.model.ActorId;
import org.diplograph.model.EventType;
import org.diplograph.model.PartialDate;

/**
 * A real-world event as reported by one or more documents: the mentions the {@link OccurrenceMerger}
 * put together.
 *
 * @param type the event type all mentions share
 * @param partyKey the party key all mentions share ({@link EventMention#partyKey()})
 * @param date the most precise date of the mentions (the earliest when several days are given), empty
 *     when all are undated
 * @param ordinal 0, or the rank among occurrences of the same type, parties and date (which arise
 *     when one document reports two such events), so that each has its own IRI
 * @param mentions the mentions, ordered by document and IRI; never empty
 */
public record Occurrence(
    EventType type, List<ActorId> partyKey, Optional<PartialDate> date, int ordinal, List<EventMention> mentions) {
  /** The highest confidence an occurrence reaches by being reported several times. */
  public static final double MAX_COMBINED_CONFIDENCE = 0.99;

  public Occurrence {
    partyKey = List.copyOf(partyKey);
    mentions = mentions.stream()
        .sorted(Comparator.comparing(EventMention::document).thenComparing(EventMention::iri)).toList();
    checkArgument(!mentions.isEmpty(), "occurrence without mentions");
    checkArgument(ordinal >= 0, "negative ordinal %s", ordinal);
  }

  /** The occurrence's IRI ({@link Iris#occurrence}). */
  public String iri() {
    return Iris.occurrence(type, partyKey, date, ordinal);
  }

  /** The documents that report it, sorted. */
  public List<String> documents() {
    return mentions.stream().map(EventMention::document).distinct().sorted().toList();
  }

  public int mentionCount() {
    return mentions.size();
  }

  public int sourceCount() {
    return documents().size();
  }

  /**
   * How sure we are that it happened: each document counts once with its most confident mention,
   * documents are taken as independent witnesses (1 − ∏(1 − c)), and the result is capped at {@value
   * #MAX_COMBINED_CONFIDENCE} but never below the best single mention.
   */
  public double confidence() {
    Map<String, Double> byDocument = new TreeMap<>();
    mentions.forEach(m -> byDocument.merge(m.document(), m.confidence(), Math::max));
    double doubt = 1.0;
    double best = 0.0;
    for (double c : byDocument.values()) {
      doubt *= 1.0 - c;
      best = Math.max(best, c);
    }
    return Math.max(best, Math.min(MAX_COMBINED_CONFIDENCE, 1.0 - doubt));
  }
}
