package org.diplograph.graph;

import com.google.common.collect.Maps;
import java.util.Map;
import org.diplograph.model.ActorType;
import org.diplograph.model.EventType;

/**
 * What a store holds. The maps iterate in enum order.
 *
 * @param quads all quads, the ontology graph included
 * @param documents documents with a named graph
 * @param actorsByType distinct actors mentioned in the documents' graphs, by type (every type present,
 *     zero when none)
 * @param eventsByType events in the documents' graphs, by type (every type present, zero when none)
 */
public record StoreSummary(
    long quads, long documents, Map<ActorType, Long> actorsByType, Map<EventType, Long> eventsByType) {
  public StoreSummary {
    actorsByType = Maps.immutableEnumMap(actorsByType);
    eventsByType = Maps.immutableEnumMap(eventsByType);
  }
}
