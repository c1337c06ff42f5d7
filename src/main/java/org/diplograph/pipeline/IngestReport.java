package org.diplograph.pipeline;

import java.util.List;
import java.util.Map;
import org.diplograph.graph.OccurrenceSummary;
import org.diplograph.graph.StoreSummary;
import org.diplograph.model.EventType;

/**
 * What ingesting one input did.
 *
 * @param batch read, extracted, skipped, failed
 * @param events the events of the stored documents, by type
 * @param stored the ids of the documents stored
 * @param store the store's counts afterwards
 * @param occurrences the occurrence graph afterwards
 */
public record IngestReport(BatchResult batch, Map<EventType, Integer> events, List<String> stored, StoreSummary store,
    OccurrenceSummary occurrences) {
  public IngestReport {
    events = Map.copyOf(events);
    stored = List.copyOf(stored);
  }
}
