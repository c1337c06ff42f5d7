package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.diplograph.graph.EventExplanation;
import org.diplograph.graph.EventExplanation.Kind;
import org.diplograph.graph.LabelledActor;
import org.diplograph.graph.Namespaces;
import org.diplograph.graph.SourceDocument;

/** Prints an {@link EventExplanation} as aligned "field value" lines, IRIs as prefixed names. */
final class ExplanationPrinter {
  private static final String INDENT = "  ";

  private final PrintWriter out;

  private ExplanationPrinter(PrintWriter out) {
    this.out = out;
  }

  /** Prints {@code x} and, for an occurrence, each of its mentions; flushes {@code out}. */
  static void print(PrintWriter out, EventExplanation x) {
    ExplanationPrinter p = new ExplanationPrinter(out);
    out.println(Namespaces.shorten(x.iri()) + "  " + heading(x));
    p.body(x, INDENT);
    for (int i = 0; i < x.mentions().size(); i++) {
      EventExplanation m = x.mentions().get(i);
      out.printf(Locale.ROOT, "%smention %d of %d: %s%n", INDENT, i + 1, x.mentions().size(),
          Namespaces.shorten(m.iri()));
      p.body(m, INDENT + INDENT); // without its occurrence line: that is the one being printed
    }
    out.flush();
  }

  private static String heading(EventExplanation x) {
    if (x.kind() == Kind.EVENT) {
      return "(an event as one document states it)";
    }
    return String.format(Locale.ROOT, "(an event reported %d time(s) by %d document(s))",
        x.mentions().size(), x.documents().size());
  }

  private void body(EventExplanation x, String indent) {
    field(indent, "type", x.type().name() + " · CAMEO " + x.cameoCode() + " · PLOVER " + x.ploverCode());
    x.trigger().ifPresent(t -> field(indent, "trigger", t + x.rule().map(r -> "  (rule " + r + ")").orElse("")));
    x.confidence().ifPresent(c -> field(indent, "confidence", String.format(Locale.ROOT, "%.2f", c)));
    field(indent, "parties", parties(x));
    if (!x.persons().isEmpty()) {
      field(indent, "persons", x.persons().stream().map(LabelledActor::label).collect(Collectors.joining("、")));
    }
    optional(indent, "date", x.date());
    optional(indent, "place", x.place());
    optional(indent, "name", x.name());
    optional(indent, "object", x.object());
    optional(indent, "evidence", x.evidence());
    x.documents().forEach(d -> field(indent, "document", document(d)));
    if (x.kind() == Kind.EVENT && indent.equals(INDENT)) {
      x.occurrence().ifPresent(o -> field(indent, "occurrence", Namespaces.shorten(o)));
    }
  }

  private static String parties(EventExplanation x) {
    List<String> names = x.parties().stream().map(a -> a.label() + " (" + Namespaces.shorten(a.iri()) + ")").toList();
    return String.join(x.type().directed() ? " → " : ", ", names);
  }

  private static String document(SourceDocument d) {
    StringBuilder sb = new StringBuilder(d.title().orElse("(untitled)"));
    d.url().ifPresent(u -> sb.append(" · ").append(u));
    d.published().ifPresent(p -> sb.append(" · published ").append(p));
    return sb.append(" (").append(Namespaces.shorten(d.iri())).append(')').toString();
  }

  private void optional(String indent, String name, Optional<String> value) {
    value.ifPresent(v -> field(indent, name, v));
  }

  private void field(String indent, String name, String value) {
    out.printf(Locale.ROOT, "%s%-11s %s%n", indent, name, value);
  }
}
