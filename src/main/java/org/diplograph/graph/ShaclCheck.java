package org.diplograph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Validates graphs against SHACL shapes, by default the extracted-graph shapes {@value
 * #SHAPES_RESOURCE} on the classpath. Immutable once made; {@link #validate} is thread-safe.
 */
public final class ShaclCheck {
  /** The classpath resource of the shapes of the extracted graph. */
  public static final String SHAPES_RESOURCE = "ontology/shapes.ttl";

  private static final PrefixMapping PREFIXES = Namespaces.prefixMapping();

  private final Shapes shapes;

  private ShaclCheck(Shapes shapes) {
    this.shapes = shapes;
  }

  /**
   * The check with the shapes of {@value #SHAPES_RESOURCE}.
   *
   * @throws UncheckedIOException if the resource is missing or unreadable
   */
  public static ShaclCheck load() {
    return of(readResource(SHAPES_RESOURCE));
  }

  /** The check with the shapes in {@code shapesGraph}. */
  public static ShaclCheck of(Graph shapesGraph) {
    return new ShaclCheck(Shapes.parse(shapesGraph));
  }

  /** Validates {@code data}; the report lists every violation. */
  public ShaclReport validate(Graph data) {
    ValidationReport report = ShaclValidator.get().validate(shapes, data);
    List<String> messages = report.getEntries().stream().map(ShaclCheck::describe).toList();
    return new ShaclReport(report.conforms(), messages);
  }

  private static String describe(ReportEntry entry) {
    String path = entry.resultPath() == null ? "" : " " + entry.resultPath().toString(new Prologue(PREFIXES));
    return node(entry.focusNode()) + path + ": " + entry.message();
  }

  private static String node(Node node) {
    return FmtUtils.stringForNode(node, PREFIXES);
  }

  private static Graph readResource(String resource) {
    Graph graph = GraphFactory.createDefaultGraph();
    try (InputStream in = ShaclCheck.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("not on the classpath: " + resource));
      }
      RDFParser.source(in).lang(Lang.TURTLE).base("urn:diplograph:" + resource).parse(graph);
      return graph;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
