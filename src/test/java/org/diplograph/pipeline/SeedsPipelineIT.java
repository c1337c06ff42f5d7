package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.eval.EvalReport;
import org.diplograph.eval.Evaluation;
import org.diplograph.eval.GoldDocument;
import org.diplograph.eval.GoldReader;
import org.diplograph.eval.Measure;
import org.diplograph.export.PushCredentials;
import org.diplograph.export.PushTarget;
import org.diplograph.export.RdfExporter;
import org.diplograph.export.RdfFormat;
import org.diplograph.export.RemoteCounts;
import org.diplograph.export.StorePusher;
import org.diplograph.export.TestFuseki;
import org.diplograph.export.VirtuosoInstance;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.Iris;
import org.diplograph.graph.ShaclCheck;
import org.diplograph.graph.ShaclReport;
import org.diplograph.model.DocumentExtraction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline with the real CoreNLP models on the seed documents: store, re-run, SHACL,
 * Turtle read back by an independent parser, and the scores against the dev gold. Loads the
 * models once for the class.
 */
class SeedsPipelineIT {
  private static final Path SEEDS = Path.of("seeds");
  private static final Path GOLD = Path.of("src/test/resources/eval-data/gold-dev");
  private static Engine engine;
  private static final List<DocumentExtraction> extractions = new ArrayList<>();
  private static BatchResult first;

  @BeforeAll
  static void extractSeeds() {
    engine = Engine.shared(); // the one model instance of this JVM, shared with the other ITs
    first = engine.batch(2).run(InputFiles.expand(List.of(SEEDS), "*"), extractions::add);
  }

  @Test
  void everySeedIsExtracted() {
    assertEquals(5, first.documents());
    assertFalse(first.hasErrors(), first.diagnostics().toString());
    assertTrue(extractions.stream().mapToInt(x -> x.events().size()).sum() > 50);
  }

  @Test
  void storingTwiceKeepsTheSameTriplesAndTheGraphConformsToTheShapes(@TempDir Path dir) {
    try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
      store.replaceGraph(Iris.ONTOLOGY_GRAPH, OntologyGraph.of(engine.catalog()));
      extractions.forEach(store::replaceDocument);
      long once = store.quadCount();
      extractions.forEach(store::replaceDocument);
      assertEquals(once, store.quadCount());
      ShaclReport report = ShaclCheck.load().validate(documentGraphs(store));
      assertTrue(report.conforms(), String.join("\n", report.messages()));
    }
  }

  private static Graph documentGraphs(GraphStore store) {
    Graph union = GraphFactory.createDefaultGraph();
    for (DocumentExtraction x : extractions) {
      store.read(ds -> {
        ds.getGraph(org.apache.jena.graph.NodeFactory.createURI(Iris.document(x.doc().id())))
            .find().forEachRemaining(union::add);
        return null;
      });
    }
    return union;
  }

  @Test
  void turtleExportIsReadByRaptor(@TempDir Path dir) throws IOException, InterruptedException {
    Assumptions.assumeTrue(onPath("rapper"), "rapper (raptor2-utils) not installed");
    Path ttl = dir.resolve("seeds.ttl");
    try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
      extractions.forEach(store::replaceDocument);
      try (var out = Files.newOutputStream(ttl)) {
        RdfExporter.export(store, RdfFormat.TURTLE, out);
      }
    }
    Process p = new ProcessBuilder("rapper", "-i", "turtle", "-c", ttl.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.matches("(?s).*returned [1-9]\\d* triples.*"), output);
  }

  /**
   * The seeds' real extraction pushed as {@code extract --sparql-endpoint} does (ontology, each document as it
   * is stored, occurrences) to a Fuseki, and as {@code export --sparql-endpoint} does to a Virtuoso; pushed
   * twice, each store holds the same quads and, per document, the same events as the local store.
   */
  @Test
  void theSeedsPushedToFusekiAndVirtuosoReadBackAsStored(@TempDir Path dir) throws IOException {
    try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
      store.replaceGraph(Iris.ONTOLOGY_GRAPH, OntologyGraph.of(engine.catalog()));
      RemoteCounts local = RemoteCounts.local(store);
      try (TestFuseki fuseki = TestFuseki.start();
          StorePusher pusher = StorePusher.open(PushTarget.of(fuseki.gsp(), PushCredentials.none()))) {
        pusher.pushAll(store);
        for (DocumentExtraction x : extractions) {
          store.replaceDocument(x);
          pusher.pushDocument(store, x.doc().id());
        }
        store.rebuildOccurrences();
        pusher.pushOccurrences(store);
        assertSameAsLocal(local, RemoteCounts.remote(fuseki.sparql()));
        pusher.pushAll(store);
        assertSameAsLocal(local, RemoteCounts.remote(fuseki.sparql()));
      }
      try (VirtuosoInstance virtuoso = VirtuosoInstance.start(dir.resolve("virtuoso"));
          StorePusher pusher = StorePusher.open(PushTarget.of(virtuoso.gspAuth(),
              PushCredentials.password(VirtuosoInstance.USER, VirtuosoInstance.PASSWORD)))) {
        pusher.pushAll(store);
        assertSameAsLocal(local, RemoteCounts.remote(virtuoso.sparql()));
        pusher.pushAll(store);
        assertSameAsLocal(local, RemoteCounts.remote(virtuoso.sparql()));
      }
    }
  }

  private static void assertSameAsLocal(RemoteCounts local, RemoteCounts remote) {
    Map<String, Long> events = local.eventsPerGraph();
    assertEquals(extractions.size(), events.size());
    assertEquals(events, remote.eventsPerGraph());
    assertEquals(local.quads(), remote.quads());
  }

  @Test
  void scoresOnTheDevGoldStayAboveTheFloor() throws IOException {
    Map<String, GoldDocument> predicted = new LinkedHashMap<>();
    extractions.forEach(x -> predicted.put(x.doc().id(), Evaluation.fromExtraction(x)));
    EvalReport report = new Evaluation().compare(predicted, new GoldReader().readDir(GOLD));
    System.out.println(report.render(false));
    assertTrue(report.total(Measure.ACTORS).f1() >= 0.95, report.render(false));
    assertTrue(report.total(Measure.EVENTS).f1() >= 0.85, report.render(false));
  }

  @Test
  void heldOutArticlesInOtherOutletsStylesStayAboveTheFloor() throws IOException {
    Path resources = Path.of("src/test/resources");
    scoreAboveFloor(resources.resolve("heldout"), "articles", 0.95, 0.85);
    scoreAboveFloor(resources.resolve("heldout2"), "articles", 0.95, 0.80);
  }

  /**
   * Real articles: real-dev (given to the team), dev2 and dev3 (annotated blind, then used for error
   * analysis), blind2 and blind3 (annotated blind and never looked into). Floors a little under the scores
   * measured when they were set, so that a change that loses real-news accuracy fails here.
   */
  @Test
  void realArticlesStayAboveTheFloor() throws IOException {
    Path sets = Path.of("src/test/resources/eval-data");
    scoreAboveFloor(sets.resolve("real-dev"), "docs", 0.93, 0.72);
    scoreAboveFloor(sets.resolve("dev2"), "docs", 0.95, 0.72);
    scoreAboveFloor(sets.resolve("dev3"), "docs", 0.91, 0.60);
    scoreAboveFloor(sets.resolve("blind2"), "docs", 0.92, 0.50);
    scoreAboveFloor(sets.resolve("blind3"), "docs", 0.95, 0.50);
  }

  private static void scoreAboveFloor(Path set, String docs, double actorsFloor, double eventsFloor)
      throws IOException {
    Path articles = set.resolve(docs);
    Map<String, GoldDocument> predicted = new LinkedHashMap<>();
    BatchResult r = engine.batch(2).run(InputFiles.expand(List.of(articles), "*.txt"),
        x -> predicted.put(x.doc().id(), Evaluation.fromExtraction(x)));
    assertFalse(r.hasErrors(), r.diagnostics().toString());
    EvalReport report = new Evaluation().compare(predicted, new GoldReader().readDir(set.resolve("gold")));
    System.out.println(set + "\n" + report.render(false));
    assertTrue(report.total(Measure.ACTORS).f1() >= actorsFloor, report.render(false));
    assertTrue(report.total(Measure.EVENTS).f1() >= eventsFloor, report.render(false));
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
