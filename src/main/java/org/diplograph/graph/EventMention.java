package org.diplograph.graph;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import org.diplograph.model.ActorId;
import org.diplograph.model.EventType;
import org.diplograph.model.PartialDate;

/**
 * One document's event as the {@link OccurrenceMerger} sees it.
 *
 * @param iri the event's IRI ({@link Iris#event})
 * @param type its type
 * @param partyKey its parties as compared: sorted and distinct for undirected types, source then
 *     target for directed ones
 * @param date its date, if the document gives one
 * @param document the IRI of the document that reports it
 * @param confidence the extractor's confidence, in [0, 1]
 */
public record EventMention(
    String iri, EventType type, List<ActorId> partyKey, Optional<PartialDate> date, String document,
    double confidence) {

  public EventMention {
    partyKey = List.copyOf(partyKey);
    checkArgument(!partyKey.isEmpty(), "event %s without parties", iri);
    checkArgument(!type.directed() || partyKey.size() == 2, "directed event %s needs two parties: %s", iri, partyKey);
    checkArgument(confidence >= 0.0 && confidence <= 1.0, "confidence outside [0, 1]: %s", confidence);
  }

  /**
   * A mention with its party key made from {@code parties}: sorted and distinct for undirected
   * types, kept in order (source, target) for directed ones.
   *
   * @throws IllegalArgumentException if there are no parties, or a directed type has not two
   */
  public static EventMention of(String iri, EventType type, List<ActorId> parties, Optional<PartialDate> date,
      String document, double confidence) {
    List<ActorId> key = type.directed() ? parties : parties.stream().distinct().sorted().toList();
    return new EventMention(iri, type, key, date, document, confidence);
  }
}
