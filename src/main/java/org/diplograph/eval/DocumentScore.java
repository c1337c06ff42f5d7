package org.diplograph.eval;

import com.google.common.collect.Maps;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.diplograph.model.EventType;

/**
 * The scores of one document.
 *
 * @param doc the document id
 * @param scores the score of each measure
 * @param byType the events (parties) score restricted to each event type
 * @param mismatches the misses and false alarms, in gold then prediction order
 */
public record DocumentScore(
    String doc,
    Map<Measure, Score> scores,
    Map<EventType, Score> byType,
    List<Mismatch> mismatches) {
  public DocumentScore {
    Objects.requireNonNull(doc, "doc");
    scores = Maps.immutableEnumMap(scores);
    byType = Maps.immutableEnumMap(byType);
    mismatches = List.copyOf(mismatches);
  }

  /** The score of one measure; {@link Score#ZERO} if it was not computed. */
  public Score score(Measure measure) {
    return scores.getOrDefault(measure, Score.ZERO);
  }
}
