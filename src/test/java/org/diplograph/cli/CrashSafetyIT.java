package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.Iris;
import org.diplograph.pipeline.CorpusGenerator;
import org.diplograph.pipeline.Engine;
import org.diplograph.pipeline.InputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of {@code extract}: the batch runs as its own JVM on a real TDB2 store and
 * is killed with SIGKILL once the store holds {@value #COMMITTED_BEFORE_KILL} documents; every document's
 * graph is then either exactly that of an uninterrupted run or absent, and a re-run (its own JVM) leaves
 * the store equal to an uninterrupted run's: the same document graphs, the same occurrence graph. The two
 * children load the models one after the other; the uninterrupted run is made last, in this JVM, with the
 * process's shared engine, so that no two model-loading JVMs run at once when this test runs alone.
 */
class CrashSafetyIT {
  private static final int DOCUMENTS = 14;
  private static final int COMMITTED_BEFORE_KILL = 4;
  private static final Duration CHILD_LIMIT = Duration.ofMinutes(20);
  /** "[3/14] doc-id": logged once the document's transaction has committed. */
  private static final Pattern DELIVERED = Pattern.compile("\\[(\\d+)/(\\d+)] (\\S+)");

  @TempDir Path dir;

  @Test
  void aBatchKilledMidwayLeavesWholeDocumentsAndTheReRunCompletesIt() throws Exception {
    Path corpus = dir.resolve("corpus");
    CorpusGenerator.generate(InputFiles.expand(List.of(Path.of("seeds"),
        Path.of("src/test/resources/eval-data/real-dev/docs")), "*"), DOCUMENTS, 11, corpus);
    Path store = dir.resolve("store");

    int seen = extractUntilKilled(corpus, store);
    Map<String, Graph> afterKill = documentGraphs(store);
    assertTrue(afterKill.size() >= seen && afterKill.size() < DOCUMENTS,
        "killed mid-batch: " + afterKill.size() + " of " + DOCUMENTS + " documents stored, " + seen + " logged");

    Finished rerun = extract(corpus, store);
    assertEquals(0, rerun.code(), rerun.err());
    assertTrue(rerun.out().contains(afterKill.size() + " unchanged skipped"), rerun.out());

    Path reference = dir.resolve("reference");
    CliRun uninterrupted = CliRun.run(Main.newCommandLine(false, Engine::shared),
        "extract", corpus.toString(), "--store", reference.toString(), "--threads", "2");
    assertEquals(0, uninterrupted.code(), uninterrupted.err());

    Map<String, Graph> expected = documentGraphs(reference);
    assertEquals(DOCUMENTS, expected.size());
    afterKill.forEach((doc, g) -> assertTrue(g.isIsomorphicWith(expected.get(doc)),
        doc + " after the kill is not the whole document"));
    Map<String, Graph> completed = documentGraphs(store);
    assertEquals(expected.keySet(), completed.keySet());
    completed.forEach((doc, g) -> assertTrue(g.isIsomorphicWith(expected.get(doc)), doc + " after the re-run"));
    for (String derived : List.of(Iris.OCCURRENCE_GRAPH, Iris.ONTOLOGY_GRAPH)) {
      Graph want = graph(reference, derived);
      Graph got = graph(store, derived);
      assertEquals(want.size(), got.size(), derived);
      assertTrue(want.isIsomorphicWith(got), derived);
    }
    System.out.printf("CrashSafetyIT: killed after %d documents logged, %d of %d stored whole, none partial; "
        + "the re-run stored the other %d%n", seen, afterKill.size(), DOCUMENTS, DOCUMENTS - afterKill.size());
  }

  /**
   * Runs extract as its own JVM and kills it with SIGKILL ({@link Process#destroyForcibly()} on Linux) as
   * soon as it logs its {@value #COMMITTED_BEFORE_KILL}th document. Returns how many it had logged.
   */
  private int extractUntilKilled(Path corpus, Path store) throws IOException, InterruptedException {
    Process p = child(corpus, store).redirectErrorStream(true).start();
    int logged = 0;
    List<String> tail = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (logged < COMMITTED_BEFORE_KILL && (line = lines.readLine()) != null) {
        tail.add(line);
        Matcher m = DELIVERED.matcher(line);
        if (m.find()) {
          logged = Integer.parseInt(m.group(1));
        }
      }
      p.destroyForcibly();
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the killed process did not end");
    assertEquals(137, p.exitValue(), "killed by SIGKILL (128 + 9)");
    assertTrue(logged >= COMMITTED_BEFORE_KILL, "extract ended before it was killed: " + tail);
    return logged;
  }

  private Finished extract(Path corpus, Path store) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = child(corpus, store).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(CHILD_LIMIT.toMinutes(), TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the re-run did not end within " + CHILD_LIMIT);
    }
    return new Finished(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** extract as the launcher runs it, one thread so that documents commit one at a time. */
  private static ProcessBuilder child(Path corpus, Path store) throws IOException {
    ProcessBuilder b = LockHolder.diplograph(List.of("extract", corpus.toString(), "--store", store.toString(),
        "--threads", "1"));
    List<String> command = new ArrayList<>(b.command());
    command.addAll(1, List.of("-Xmx6g", "-Xss4m", "-XX:+UseParallelGC"));
    return b.command(command);
  }

  private record Finished(int code, String out, String err) {}

  /** Each document's graph (by IRI), copied out of the store. */
  private static Map<String, Graph> documentGraphs(Path dir) {
    try (GraphStore store = GraphStore.open(dir)) {
      String prefix = Iris.document("x").replaceFirst("x$", "");
      return store.read(d -> {
        Map<String, Graph> out = new TreeMap<>();
        d.listGraphNodes().forEachRemaining(n -> {
          if (n.getURI().startsWith(prefix)) {
            out.put(n.getURI(), copy(d.getGraph(n)));
          }
        });
        return out;
      });
    }
  }

  private static Graph graph(Path dir, String iri) {
    Node g = NodeFactory.createURI(iri);
    try (GraphStore store = GraphStore.open(dir)) {
      return store.read(d -> copy(d.getGraph(g)));
    }
  }

  private static Graph copy(Graph g) {
    Graph copy = GraphFactory.createDefaultGraph();
    g.find().forEachRemaining(copy::add);
    return copy;
  }
}
