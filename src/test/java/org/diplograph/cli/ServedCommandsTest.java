package org.diplograph.cli;

import static org.diplograph.cli.CliRun.run;
import static org.diplograph.cli.CliRun.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diplograph.graph.GraphStore;
import org.diplograph.server.AccessToken;
import org.diplograph.server.GraphServer;
import org.diplograph.server.ServerAddress;
import org.diplograph.server.ServerConfig;
import org.diplograph.server.ServiceFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * query, export and explain give the same output through a running server (found through the address it
 * records in the store directory, or named by --server) as on the store opened directly; a store locked by
 * a process that is no server is one line naming it. Without models: the store is a hand-made one.
 */
class ServedCommandsTest {

  @TempDir Path dir;

  @Test
  void queryExportAndExplainThroughTheServerMatchDirectMode() throws Exception {
    Path storeDir = dir.resolve("store");
    Sample sample = sample(storeDir);
    String event = sample.event();
    String occurrence = sample.occurrence();
    List<String> direct = sample.direct();
    try (GraphStore store = GraphStore.open(storeDir);
        GraphServer server = GraphServer.start(store, ServerConfig.defaults(0))) {
      ServerAddress address = new ServerAddress(URI.create(server.url()), ProcessHandle.current().pid(),
          Optional.empty());
      address.write(storeDir);
      List<String> found = outputs(storeDir, "found", event, occurrence, List.of());
      // a store path with nothing in it: the output can only come from the server
      List<String> named = outputs(dir.resolve("nothing-here"), "named", event, occurrence,
          List.of("--server", server.url()));
      address.remove(storeDir);
      assertFalse(Files.exists(ServerAddress.file(storeDir)));
      for (int i = 0; i < direct.size(); i++) {
        assertEquals(direct.get(i), found.get(i), "output " + i + " through the recorded server");
        assertEquals(direct.get(i), named.get(i), "output " + i + " through --server");
      }
    }
    assertTrue(direct.get(0).contains("MEET"), direct.get(0));
    assertTrue(direct.get(5).contains("dg:eventType") || direct.get(5).length() > 100, direct.get(5));
  }

  /**
   * A server listening on every interface asks for its token on reads too: the commands send the token of
   * the store's token file and print what direct mode prints; a wrong --token is one line, exit code 1.
   */
  @Test
  void aServerBeyondLoopbackIsReadWithTheToken() throws Exception {
    Path storeDir = dir.resolve("store");
    Sample sample = sample(storeDir);
    String event = sample.event();
    String occurrence = sample.occurrence();
    List<String> direct = sample.direct();
    AccessToken token = AccessToken.loadOrCreate(storeDir);
    try (GraphStore store = GraphStore.open(storeDir);
        GraphServer server = GraphServer.start(store, ServerConfig.defaults(0).withHost("0.0.0.0"), Optional.empty(),
            Optional.of(token))) {
      String local = "http://127.0.0.1:" + server.port() + "/";
      new ServerAddress(URI.create(local), ProcessHandle.current().pid(),
          Optional.of(AccessToken.file(storeDir).toAbsolutePath())).write(storeDir);
      assertEquals(direct, outputs(storeDir, "guarded", event, occurrence, List.of()));
      CliRun wrong = run("query", "ASK {}", "--store", storeDir.toString(), "--token", "not-the-token");
      assertEquals(1, wrong.code(), wrong.err());
      assertEquals(1, wrong.err().strip().lines().count(), wrong.err());
      assertTrue(wrong.err().contains("401"), wrong.err());
    }
  }

  @Test
  void anUnreachableServerNamedOnTheCommandLineIsOneLine() {
    CliRun r = run("query", "ASK {}", "--store", dir.resolve("s").toString(), "--server", "http://127.0.0.1:9/");
    assertEquals(1, r.code());
    assertEquals("diplograph query: no diplograph server answers at http://127.0.0.1:9/", r.err().strip());
  }

  @Test
  void aStoreLockedByAProcessThatIsNoServerIsOneLineNamingIt() throws Exception {
    Path storeDir = dir.resolve("locked");
    ServiceFixtures.store(storeDir).close();
    // a stale record of a server that is gone: the command must not wait for it, nor trust it
    new ServerAddress(URI.create("http://127.0.0.1:9/"), 1, Optional.empty()).write(storeDir);
    Process holder = LockHolder.holding(storeDir);
    try {
      CliRun r = run("query", "ASK {}", "--store", storeDir.toString());
      assertEquals(1, r.code(), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().contains("process " + holder.pid()), r.err());
      assertTrue(r.err().contains("does not answer as a diplograph server"), r.err());
    } finally {
      holder.getOutputStream().close();
      holder.waitFor();
    }
  }

  /** query (csv), export trig and graphml, explain of an event and of an occurrence. */
  private List<String> outputs(Path store, String tag, String event, String occurrence, List<String> extra)
      throws Exception {
    List<String> outs = new ArrayList<>();
    outs.add(stdout(with(extra, "query", "SELECT ?e ?t WHERE { ?e dg:eventType ?t } ORDER BY ?e ?t",
        "--format", "csv", "--store", store.toString())));
    for (String format : List.of("trig", "turtle", "graphml", "gexf")) {
      Path file = dir.resolve(tag + "." + format);
      CliRun r = run(with(extra, "export", "--format", format, "--store", store.toString(), "--out", file.toString()));
      assertEquals(0, r.code(), r.err());
      outs.add(Files.readString(file, StandardCharsets.UTF_8));
    }
    for (String iri : List.of(event, occurrence)) {
      CliRun r = run(with(extra, "explain", iri, "--store", store.toString()));
      assertEquals(0, r.code(), r.err());
      outs.add(r.out());
    }
    return outs;
  }

  /** One event and one occurrence reported twice, of the hand-made store, and what the commands print on it directly. */
  private record Sample(String event, String occurrence, List<String> direct) {}

  /** Writes the hand-made store into {@code storeDir} and runs the commands on it without a server. */
  private Sample sample(Path storeDir) throws Exception {
    String event;
    String occurrence;
    try (GraphStore store = ServiceFixtures.store(storeDir)) {
      event = first(store, "SELECT ?e WHERE { ?e a dg:Event ; dg:eventType ?t } ORDER BY ?e LIMIT 1");
      occurrence = first(store, "SELECT ?o WHERE { ?o a dg:Occurrence ; dg:mentionCount ?n FILTER(?n > 1) } LIMIT 1");
    }
    return new Sample(event, occurrence, outputs(storeDir, "direct", event, occurrence, List.of()));
  }

  private static String first(GraphStore store, String select) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.query(select, org.diplograph.graph.ResultFormat.CSV, out);
    return out.toString(StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow().strip();
  }

  private static String stdout(String... args) {
    return CliRun.stdout(Main.newCommandLine(), args);
  }
}
