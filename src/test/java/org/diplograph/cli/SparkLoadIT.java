package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.graph.DG;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.Iris;
import org.diplograph.graph.OccurrenceSummary;
import org.diplograph.pipeline.BatchResult;
import org.diplograph.pipeline.Engine;
import org.diplograph.pipeline.InputFiles;
import org.diplograph.pipeline.OntologyGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Same graph, any engine: `spark --master local[2]` then `load` give the store `extract` gives, document by
 * document (the same named graphs, quad for quad, blank nodes aside: isomorphic), on the seeds and the
 * real-dev articles; and inputs that fail land in the dead letters while the others are written. Spark's
 * local mode runs its executor in this JVM, so its tasks use the models {@link Engine#shared()} already
 * holds for the other integration tests.
 */
class SparkLoadIT {
  private static final Path SEEDS = Path.of("seeds");
  private static final Path REAL_DEV = Path.of("src/test/resources/eval-data/real-dev/docs");

  @TempDir static Path dir;
  private static Path extractStore;
  private static OccurrenceSummary extractOccurrences;
  private static int sparkExit;
  private static String sparkOut;
  private static String sparkErr;

  @BeforeAll
  static void extractBothWays() throws IOException {
    Engine engine = Engine.shared();
    extractStore = dir.resolve("extract-store");
    try (GraphStore store = GraphStore.open(extractStore)) {
      store.replaceGraph(Iris.ONTOLOGY_GRAPH, OntologyGraph.of(engine.catalog()));
      BatchResult r = engine.batch(2).run(InputFiles.expand(List.of(SEEDS, REAL_DEV), "*"), store::replaceDocument);
      assertFalse(r.hasErrors(), r.diagnostics().toString());
      extractOccurrences = store.rebuildOccurrences();
    }
    Path bad = Files.createDirectories(dir.resolve("bad"));
    Files.write(bad.resolve("noise.bin"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 0, 7, 9, 0});
    Files.write(bad.resolve("empty.txt"), new byte[0]);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    sparkExit = run(out, err, "spark", "--master", "local[2]", SEEDS.toString(), REAL_DEV.toString(), bad.toString(),
        "--output", dir.resolve("spark").toString());
    sparkOut = out.toString();
    sparkErr = err.toString();
    System.out.println(sparkOut);
  }

  @Test
  void sparkAndLoadGiveTheGraphsOfExtractDocumentByDocument() {
    assertEquals(ExitCodes.PARTIAL, sparkExit, sparkOut + sparkErr);
    StringWriter out = new StringWriter();
    Path loaded = dir.resolve("spark-store");
    assertEquals(0, run(out, new StringWriter(), "load", dir.resolve("spark").toString(), "--store", loaded.toString()));
    assertTrue(out.toString().contains("Loaded "), out.toString());
    try (GraphStore a = GraphStore.open(extractStore); GraphStore b = GraphStore.open(loaded)) {
      Set<String> docs = documentGraphs(a);
      assertEquals(29, docs.size(), docs.toString());
      assertEquals(docs, documentGraphs(b));
      for (String g : docs) {
        assertEquals(events(a, g), events(b, g), "events of " + g);
        Graph ga = graph(a, g);
        Graph gb = graph(b, g);
        assertEquals(ga.size(), gb.size(), "quads of " + g);
        assertTrue(ga.isIsomorphicWith(gb), "the graph of " + g);
      }
      assertTrue(graph(a, Iris.OCCURRENCE_GRAPH).isIsomorphicWith(graph(b, Iris.OCCURRENCE_GRAPH)));
      assertEquals(a.quadCount(), b.quadCount());
      assertTrue(out.toString().contains(Summary.occurrenceLine(extractOccurrences)), out.toString());
    }
  }

  @Test
  void loadingAgainReplacesTheDocumentsGraphs() {
    Path store = dir.resolve("twice-store");
    String output = dir.resolve("spark").toString();
    assertEquals(0, run(new StringWriter(), new StringWriter(), "load", output, "--store", store.toString()));
    long once;
    try (GraphStore s = GraphStore.open(store)) {
      once = s.quadCount();
    }
    StringWriter out = new StringWriter();
    assertEquals(0, run(out, new StringWriter(), "load", output, "--store", store.toString()));
    assertTrue(out.toString().contains("29 document graph(s), 29 of them replaced"), out.toString());
    try (GraphStore s = GraphStore.open(store)) {
      assertEquals(once, s.quadCount());
    }
  }

  @Test
  void failingInputsLandInTheDeadLettersWithTheirReasonAndTheOthersAreWritten() throws IOException {
    assertTrue(sparkOut.contains("29 document(s) extracted, 0 duplicate(s) skipped, 2 failed"), sparkOut);
    List<String> lines;
    try (var files = Files.list(dir.resolve("spark/dead-letters"))) {
      lines = files.filter(f -> f.getFileName().toString().startsWith("part-")).flatMap(f -> {
        try {
          return Files.readAllLines(f, StandardCharsets.UTF_8).stream();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).filter(l -> !l.isBlank()).sorted().toList();
    }
    assertEquals(2, lines.size(), lines.toString());
    assertTrue(lines.get(0).matches("\\{\"file\":\"[^\"]*/bad/empty\\.txt\",\"reason\":\"[^\"]*empty[^\"]*\"}"),
        lines.get(0));
    assertTrue(lines.get(1).matches("\\{\"file\":\"[^\"]*/bad/noise\\.bin\",\"reason\":\"[^\"]+\"}"), lines.get(1));
    assertTrue(sparkOut.contains("noise.bin: "), sparkOut);
  }

  private static Set<String> documentGraphs(GraphStore store) {
    return store.read(d -> {
      Set<String> out = new TreeSet<>();
      d.listGraphNodes().forEachRemaining(n -> {
        if (n.getURI().startsWith(Iris.document("x").replaceFirst("x$", ""))) {
          out.add(n.getURI());
        }
      });
      return out;
    });
  }

  private static Map<String, String> events(GraphStore store, String graph) {
    Node g = NodeFactory.createURI(graph);
    return store.read(d -> {
      Map<String, String> out = new TreeMap<>();
      d.find(g, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
        if (!q.getObject().equals(DG.Event.asNode()) && d.contains(g, q.getSubject(), RDF.type.asNode(), DG.Event.asNode())) {
          out.merge(q.getSubject().getURI(), q.getObject().getURI(), (x, y) -> List.of(x, y).stream().sorted()
              .collect(Collectors.joining(" ")));
        }
      });
      return out;
    });
  }

  private static Graph graph(GraphStore store, String graph) {
    Node g = NodeFactory.createURI(graph);
    return store.read(d -> {
      Graph copy = GraphFactory.createDefaultGraph();
      d.getGraph(g).find().forEachRemaining(copy::add);
      return copy;
    });
  }

  private static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }
}
