package org.diplograph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diplograph.export.GoldJsonWriter;
import org.diplograph.model.DocumentExtraction;

/**
 * Compares predictions with gold annotations, document by document, and micro-averages the scores.
 * A gold document without prediction counts as all misses; a prediction without gold is ignored
 * with a warning.
 *
 * <p>Stateless and thread-safe.
 */
public final class Evaluation {
  private static final GoldJsonWriter WRITER = new GoldJsonWriter();
  private static final GoldReader READER = new GoldReader();

  private final Scorer scorer = new Scorer();

  /**
   * Scores every gold document against the prediction of the same id.
   *
   * @param predicted predictions keyed by document id
   * @param gold gold annotations keyed by document id
   */
  public EvalReport compare(Map<String, GoldDocument> predicted, Map<String, GoldDocument> gold) {
    List<String> warnings = new ArrayList<>();
    List<DocumentScore> documents = new ArrayList<>();
    for (GoldDocument g : new TreeMap<>(gold).values()) {
      GoldDocument p = predicted.get(g.doc());
      if (p == null) {
        warnings.add("no prediction for " + g.doc() + ": all its gold items count as misses");
        p = GoldDocument.empty(g.doc());
      }
      documents.add(scorer.score(p, g));
    }
    new TreeMap<>(predicted)
        .keySet().stream()
            .filter(id -> !gold.containsKey(id))
            .forEach(
                id -> warnings.add("prediction for " + id + " has no gold annotation: ignored"));
    return EvalReport.of(documents, warnings);
  }

  /**
   * Converts an extraction to the gold format through the gold JSON writer and reader, so that a
   * prediction scored in memory is exactly what its written file would be.
   */
  public static GoldDocument fromExtraction(DocumentExtraction extraction) {
    try {
      return READER.parse(WRITER.toJson(extraction), extraction.doc().id());
    } catch (GoldFormatException e) {
      throw new IllegalStateException("the gold JSON writer wrote what the reader rejects", e);
    }
  }
}
