package org.diplograph.graph;

import java.util.Collection;

/**
 * What a rebuild of the occurrence graph found.
 *
 * @param occurrences the occurrences (real-world events)
 * @param mentions the documents' events merged into them
 * @param documents the documents that report at least one of them
 * @param reportedBySeveral the occurrences reported by more than one document
 */
public record OccurrenceSummary(int occurrences, int mentions, int documents, int reportedBySeveral) {
  /** The summary of {@code occurrences}. */
  public static OccurrenceSummary of(Collection<Occurrence> occurrences) {
    int mentions = occurrences.stream().mapToInt(Occurrence::mentionCount).sum();
    long documents = occurrences.stream().flatMap(o -> o.documents().stream()).distinct().count();
    long several = occurrences.stream().filter(o -> o.sourceCount() > 1).count();
    return new OccurrenceSummary(occurrences.size(), mentions, (int) documents, (int) several);
  }
}
