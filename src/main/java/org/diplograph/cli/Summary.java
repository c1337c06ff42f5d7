package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.OccurrenceSummary;
import org.diplograph.graph.StoreSummary;
import org.diplograph.model.Diagnostic;
import org.diplograph.model.EventType;
import org.diplograph.pipeline.BatchResult;

/** Prints the summary of an extraction run. */
final class Summary {
  private Summary() {}

  static void print(PrintWriter out, BatchResult r, Map<EventType, Integer> events, GraphStore store,
      OccurrenceSummary occurrences) {
    print(out, r, events, store.directory().toString(), store.summary(), occurrences);
  }

  /** As above, with the store's name and counts given (a store behind a server). */
  static void print(PrintWriter out, BatchResult r, Map<EventType, Integer> events, String storeName, StoreSummary s,
      OccurrenceSummary occurrences) {
    long errors = r.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
    long warnings = r.diagnostics().size() - errors;
    out.printf(Locale.ROOT, "Read %d input(s): %d document(s) extracted, %d duplicate(s) and %d unchanged skipped,"
            + " %d error(s)%s in %.1f s%n",
        r.inputs(), r.documents(), r.duplicates(), r.unchanged(), errors,
        warnings == 0 ? "" : ", " + warnings + " warning(s)", r.elapsed().toMillis() / 1000.0);
    out.printf(Locale.ROOT, "This run: %d event(s)%s%n", events.values().stream().mapToInt(i -> i).sum(),
        events.isEmpty() ? "" : " " + events);
    out.printf(Locale.ROOT, "Store %s: %d document(s), %d quads%n", storeName, s.documents(), s.quads());
    out.printf(Locale.ROOT, "  actors by type: %s%n", s.actorsByType());
    out.printf(Locale.ROOT, "  events by type: %s%n", s.eventsByType());
    out.println(occurrenceLine(occurrences));
    for (Diagnostic d : r.diagnostics()) {
      out.println("  " + d);
    }
    out.flush();
  }

  /** "occurrences: N events from M mentions in K documents (X reported by several documents)". */
  static String occurrenceLine(OccurrenceSummary o) {
    return String.format(Locale.ROOT, "occurrences: %d events from %d mentions in %d documents "
        + "(%d reported by several documents)", o.occurrences(), o.mentions(), o.documents(), o.reportedBySeveral());
  }
}
