package org.diplograph.cli;

import static org.diplograph.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line without models: help, exit codes, errors, and eval on ready predictions. */
class MainTest {

  @Test
  void everySubcommandHasHelp() {
    for (String cmd : new String[] {"extract", "query", "export", "explain", "eval", "serve", "benchmark"}) {
      CliRun r = run(cmd, "--help");
      assertEquals(0, r.code(), cmd);
      assertTrue(r.out().contains("Usage: diplograph " + cmd), r.out());
    }
  }

  @Test
  void badUsageExitsWithTwo() {
    assertEquals(2, run("extract", "--no-such-option").code());
    assertEquals(2, run().code());
    assertEquals(2, run("eval").code()); // --gold is required
    assertEquals(2, run("benchmark", "--passes", "0").code());
  }

  @Test
  void aMissingStoreIsAFailureNamingIt(@TempDir Path dir) {
    CliRun r = run("query", "SELECT * WHERE { ?s ?p ?o }", "--store", dir.resolve("none").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("no store at"), r.err());
  }

  @Test
  void anUnknownFormatIsBadUsage(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("store"));
    assertEquals(2, run("export", "--format", "pdf", "--store", dir.resolve("store").toString()).code());
  }

  @Test
  void evalScoresReadyPredictionsWithoutModels() {
    Path gold = Path.of("src/test/resources/eval-data/gold-dev");
    CliRun r = run("eval", "--gold", gold.toString(), "--predicted", gold.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("actors") && r.out().contains("1.000"), r.out());
  }

  @Test
  void badSparqlIsOneLineWithItsPositionAndNoStackTrace(@TempDir Path dir) {
    Path store = dir.resolve("store");
    try (var s = org.diplograph.graph.GraphStore.open(store)) {
      s.quadCount();
    }
    CliRun r = run("query", "SELECT * WHERE { ?s ?p }", "--store", store.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("line 1, column"), r.err());
    assertTrue(!r.err().contains("\tat ") && r.err().strip().lines().count() == 1, r.err());
  }

  @Test
  void aStoreLockedByAnotherProcessIsOneLineNamingIt() {
    var p = ErrorReport.describe(new RuntimeException("wrapped",
        new IllegalStateException("Failed to get a lock: file='data/store/tdb.lock': held by process 4242")));
    assertEquals(1, p.exitCode());
    assertTrue(p.message().contains("process 4242") && p.message().contains("--store"), p.message());
  }

  @Test
  void anUnexpectedErrorPointsToDebug() {
    var p = ErrorReport.describe(new IllegalStateException("boom\nsecond line"));
    assertEquals("IllegalStateException: boom (run with --debug for the stack trace)", p.message());
  }
}
