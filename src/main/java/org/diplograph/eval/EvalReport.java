package org.diplograph.eval;

import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diplograph.model.EventType;

/**
 * The result of an evaluation: the scores micro-averaged over documents (counts summed, then
 * precision, recall and F1), per measure and per event type, and each document's own scores.
 *
 * @param totals the summed score of each measure
 * @param byType the summed events (parties) score of each event type
 * @param documents the per-document scores, in document id order
 * @param warnings problems with the inputs that did not stop the evaluation (a prediction without
 *     gold, a gold document without prediction)
 */
public record EvalReport(
    Map<Measure, Score> totals,
    Map<EventType, Score> byType,
    List<DocumentScore> documents,
    List<String> warnings) {
  private static final String ROW = "%-22s %6s %6s %6s %6s %6s %6s%n";
  private static final String SCORE_ROW = "%-22s %6.3f %6.3f %6.3f %6d %6d %6d%n";

  public EvalReport {
    totals = Maps.immutableEnumMap(totals);
    byType = Maps.immutableEnumMap(byType);
    documents = List.copyOf(documents);
    warnings = List.copyOf(warnings);
  }

  /** Sums the documents' scores (micro-averaging). */
  public static EvalReport of(List<DocumentScore> documents, List<String> warnings) {
    Map<Measure, Score> totals = new EnumMap<>(Measure.class);
    Map<EventType, Score> byType = new EnumMap<>(EventType.class);
    for (DocumentScore d : documents) {
      d.scores().forEach((m, s) -> totals.merge(m, s, Score::plus));
      d.byType().forEach((t, s) -> byType.merge(t, s, Score::plus));
    }
    return new EvalReport(totals, byType, documents, warnings);
  }

  /** The summed score of one measure; {@link Score#ZERO} when there were no documents. */
  public Score total(Measure measure) {
    return totals.getOrDefault(measure, Score.ZERO);
  }

  /**
   * The report as an aligned text table: one row per measure, then one per event type that occurs;
   * with {@code verbose}, each document's rows and its misses ({@code FN}) and false alarms ({@code
   * FP}). Warnings come first.
   */
  public String render(boolean verbose) {
    StringBuilder out = new StringBuilder();
    warnings.forEach(w -> out.append("warning: ").append(w).append('\n'));
    out.append(String.format(Locale.ROOT, ROW, "measure", "P", "R", "F1", "tp", "fp", "fn"));
    appendRows(out, totals, byType);
    if (verbose) {
      documents.forEach(d -> appendDocument(out, d));
    }
    return out.toString();
  }

  private static void appendDocument(StringBuilder out, DocumentScore doc) {
    out.append('\n').append("== ").append(doc.doc()).append('\n');
    appendRows(out, doc.scores(), doc.byType());
    doc.mismatches().forEach(m -> out.append(m).append('\n'));
  }

  private static void appendRows(
      StringBuilder out, Map<Measure, Score> scores, Map<EventType, Score> byType) {
    scores.forEach((m, s) -> appendRow(out, m.label(), s));
    byType.forEach(
        (t, s) -> {
          if (!s.isEmpty()) {
            appendRow(out, "  " + t.name(), s);
          }
        });
  }

  private static void appendRow(StringBuilder out, String label, Score s) {
    out.append(
        String.format(
            Locale.ROOT,
            SCORE_ROW,
            label,
            s.precision(),
            s.recall(),
            s.f1(),
            s.tp(),
            s.fp(),
            s.fn()));
  }
}
