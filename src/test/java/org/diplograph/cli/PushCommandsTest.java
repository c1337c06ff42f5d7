package org.diplograph.cli;

import static org.diplograph.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.web.AuthScheme;
import org.diplograph.catalog.Catalog;
import org.diplograph.export.PushCredentials;
import org.diplograph.export.PushFixtures;
import org.diplograph.export.RemoteCounts;
import org.diplograph.export.TestFuseki;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.Iris;
import org.diplograph.graph.SampleExtractions;
import org.diplograph.pipeline.Engine;
import org.diplograph.server.ServiceFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** {@code export --sparql-endpoint / --to URL} against a Fuseki started by the test, and the push options' errors. */
class PushCommandsTest {

  @TempDir static Path dir;
  private static Path store;
  private static long localQuads;

  @BeforeAll
  static void fill() {
    store = dir.resolve("store");
    try (GraphStore s = PushFixtures.store(store)) {
      localQuads = RemoteCounts.local(s).quads();
    }
  }

  @Test
  void exportPushesTheWholeStoreAndARepeatChangesNothing() {
    try (TestFuseki fuseki = TestFuseki.start()) {
      CliRun r = run("export", "--store", store.toString(), "--sparql-endpoint", fuseki.gsp());
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().startsWith("Pushed 5 graph(s), "), r.out());
      assertEquals(localQuads, RemoteCounts.remote(fuseki.sparql()).quads());
      CliRun again = run("export", "--store", store.toString(), "--to", fuseki.gsp());
      assertEquals(0, again.code(), again.err());
      assertEquals(localQuads, RemoteCounts.remote(fuseki.sparql()).quads());
    }
  }

  @Test
  void exportDeletesRemotelyWhatTheStoreNoLongerHas(@TempDir Path other) {
    Path mine = other.resolve("store");
    PushFixtures.store(mine).close();
    try (TestFuseki fuseki = TestFuseki.start()) {
      assertEquals(0, run("export", "--store", mine.toString(), "--to", fuseki.gsp()).code());
      try (GraphStore store = GraphStore.open(mine)) {
        store.removeGraph(Iris.document(SampleExtractions.REPORT_DOC));
        store.updateOccurrences(List.of(SampleExtractions.REPORT_DOC));
      }
      CliRun r = run("export", "--store", mine.toString(), "--to", fuseki.gsp());
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().startsWith("Pushed 4 graph(s), "), r.out());
      assertTrue(r.out().contains("deleted 1 graph(s) no longer in the local store"), r.out());
      RemoteCounts remote = RemoteCounts.remote(fuseki.sparql());
      try (GraphStore store = GraphStore.open(mine)) {
        RemoteCounts local = RemoteCounts.local(store);
        assertEquals(local.quads(), remote.quads());
        assertEquals(local.eventsPerGraph(), remote.eventsPerGraph());
      }
      assertEquals(4, remote.graphs());
    }
  }

  /**
   * extract --sparql-endpoint with nothing new (no models) still deletes remotely a document the store no
   * longer has, and pushes the occurrence graph after it.
   */
  @Test
  void extractDeletesRemotelyWhatTheStoreNoLongerHas(@TempDir Path other) throws IOException {
    Path a = other.resolve("a.txt");
    Path b = other.resolve("b.txt");
    Files.writeString(a, "Title: 日美会谈\nDate: 2024-03-11\n\n3月11日，日本首相与美国总统在东京举行会谈。\n",
        StandardCharsets.UTF_8);
    Files.writeString(b, "Title: 美法会谈\nDate: 2024-05-06\n\n5月6日，美国总统与法国总统在巴黎举行会谈。\n",
        StandardCharsets.UTF_8);
    String mine = other.resolve("store").toString();
    Catalog catalog = Catalog.loadDefault();
    try (TestFuseki fuseki = TestFuseki.start()) {
      CliRun first = run(Main.newCommandLine(false, () -> Engine.with(catalog, ServiceFixtures.EACH_CHARACTER_A_WORD)),
          "extract", a.toString(), b.toString(), "--store", mine, "--sparql-endpoint", fuseki.gsp());
      assertEquals(0, first.code(), first.err());
      RemoteCounts remote = RemoteCounts.remote(fuseki.sparql());
      assertEquals(4, remote.graphs(), "ontology, two documents, occurrences");
      try (GraphStore store = GraphStore.open(Path.of(mine))) {
        store.removeGraph(Iris.document("b"));
        store.updateOccurrences(List.of("b"));
      }
      CliRun second = run(Main.newCommandLine(false, Engine::lazy), "extract", a.toString(), "--store", mine,
          "--sparql-endpoint", fuseki.gsp());
      assertEquals(0, second.code(), second.err());
      assertTrue(second.out().contains("1 unchanged skipped"), second.out());
      assertTrue(second.out().contains("deleted 1 graph(s) no longer in the local store"), second.out());
      assertEquals(3, remote.graphs());
      try (GraphStore store = GraphStore.open(Path.of(mine))) {
        RemoteCounts local = RemoteCounts.local(store);
        assertEquals(local.quads(), remote.quads());
        assertEquals(local.eventsPerGraph(), remote.eventsPerGraph());
      }
    }
  }

  @Test
  void aWrongPasswordIsOneLineWithAdviceAndWithoutThePassword() {
    try (TestFuseki fuseki = TestFuseki.builder().auth(AuthScheme.BASIC, "analyst", "right-one").start()) {
      CliRun r = run("export", "--store", store.toString(), "--sparql-endpoint", fuseki.gsp(),
          "--sparql-user", "analyst", "--sparql-password", "Zq9-not-it");
      assertEquals(1, r.code());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().startsWith("diplograph export: cannot push <"), r.err());
      assertTrue(r.err().contains("authentication failed (HTTP 401); check the credentials: --sparql-user and --sparql-password"), r.err());
      assertFalse(r.err().contains("Zq9-not-it"), r.err());
      CliRun ok = run("export", "--store", store.toString(), "--sparql-endpoint", fuseki.gsp(),
          "--sparql-user", "analyst", "--sparql-password", "right-one");
      assertEquals(0, ok.code(), ok.err());
    }
  }

  @Test
  void aDeadEndpointStopsExtractBeforeTheModelsLoad() throws IOException {
    String url = "http://127.0.0.1:" + closedPort() + "/ds/data";
    CliRun r = run("extract", "seeds", "--store", dir.resolve("unused").toString(), "--sparql-endpoint", url);
    assertEquals(1, r.code(), r.err());
    assertEquals("diplograph extract: cannot push <https://w3id.org/diplograph/id/graph/ontology> to " + url
        + ": connection refused (is the server running?); check the --sparql-endpoint URL", r.err().strip());
  }

  @Test
  void badPushOptionsAreUsageErrors() {
    String s = store.toString();
    assertEquals(2, run("export", "--store", s, "--sparql-endpoint", "ftp://example.org/data").code());
    assertEquals(2, run("export", "--store", s, "--sparql-endpoint", "http://example.org/ds/data?graph=x").code());
    CliRun creds = run("export", "--store", s, "--sparql-endpoint", "http://u:pw@example.org/ds/data");
    assertEquals(2, creds.code());
    assertFalse(creds.err().contains("pw@"), creds.err());
    assertEquals(2, run("export", "--store", s, "--sparql-user", "me", "--sparql-password", "x").code());
    assertEquals(2, run("export", "--store", s, "--to", "soon").code());
    assertEquals(2, run("export", "--store", s, "--to", "http://localhost:1/ds/data", "--format", "trig").code());
    assertEquals(2, run("extract", "--store", s, "--sparql-endpoint", "http://localhost:1/ds/data",
        "--sparql-user", "me").code());
  }

  @Test
  void toStillTakesADateForTheNetwork() {
    CliRun r = run("export", "--store", store.toString(), "--format", "dot", "--to", "2023-03-31");
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void credentialsFallBackOnTheEnvironment() {
    CommandLine cli = new CommandLine(new ExportCommand());
    PushOptions options = new PushOptions();
    var spec = cli.getCommandSpec();
    Map<String, String> env = Map.of(PushOptions.USER_ENV, "dba", PushOptions.PASSWORD_ENV, "from-env");
    PushCredentials c = options.credentials(spec, env::get);
    assertEquals(PushCredentials.password("dba", "from-env"), c);
    assertFalse(c.toString().contains("from-env"));
    PushCredentials token = options.credentials(spec, Map.of(PushOptions.TOKEN_ENV, "abc")::get);
    assertInstanceOf(PushCredentials.Bearer.class, token);
    assertEquals(PushCredentials.none(), options.credentials(spec, name -> null));
    assertThrows(ParameterException.class, () -> options.credentials(spec,
        Map.of(PushOptions.TOKEN_ENV, "abc", PushOptions.USER_ENV, "dba", PushOptions.PASSWORD_ENV, "x")::get));
    options.user = java.util.Optional.of("admin"); // an option wins over its variable
    assertEquals(PushCredentials.password("admin", "from-env"), options.credentials(spec, env::get));
  }

  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
