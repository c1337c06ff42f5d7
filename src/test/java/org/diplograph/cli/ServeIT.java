package org.diplograph.cli;

import static org.diplograph.cli.CliRun.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.diplograph.graph.GraphStore;
import org.diplograph.pipeline.Engine;
import org.diplograph.pipeline.Ingestor;
import org.diplograph.server.AccessToken;
import org.diplograph.server.GraphServer;
import org.diplograph.server.ServerAddress;
import org.diplograph.server.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real models behind a running server (the engine {@code SeedsPipelineIT} loaded, shared): extract
 * through the server prints what extract on a store of its own prints, the new article's events are
 * answered by the SPARQL endpoint, query and export agree between the two stores, and a wrong token is
 * refused in one line.
 */
class ServeIT {
  private static final List<Path> SEEDS;

  static {
    try (var files = Files.list(Path.of("seeds"))) {
      SEEDS = files.sorted().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @TempDir static Path dir;
  private static Engine engine;
  private static Path served;
  private static Path direct;
  private static GraphStore store;
  private static GraphServer server;
  private static ServerAddress address;

  @BeforeAll
  static void start() {
    engine = Engine.shared();
    served = dir.resolve("served");
    direct = dir.resolve("direct");
    store = GraphStore.open(served);
    AccessToken token = AccessToken.loadOrCreate(served);
    server = GraphServer.start(store, ServerConfig.defaults(0), Optional.of(Ingestor.of(engine, store)),
        Optional.of(token));
    address = new ServerAddress(URI.create(server.url()), ProcessHandle.current().pid(),
        Optional.of(AccessToken.file(served)));
    address.write(served);
  }

  @AfterAll
  static void stop() {
    address.remove(served);
    server.close();
    store.close();
  }

  @Test
  void extractThroughTheServerPrintsWhatDirectModePrintsAndTheNewArticleIsQueryable() throws Exception {
    List<String> firstTwo = List.of(SEEDS.get(0).toString(), SEEDS.get(1).toString());
    CliRun viaServer = run(with(firstTwo, "extract", "--store", served.toString()));
    CliRun local = run(with(firstTwo, "extract", "--store", direct.toString()));
    assertEquals(local.code(), viaServer.code(), viaServer.err());
    assertEquals(normalized(local.out(), direct), normalized(viaServer.out(), served));

    // one new article through the running server: stored and answered by the endpoint
    long t0 = System.nanoTime();
    CliRun one = run("extract", SEEDS.get(2).toString(), "--store", served.toString());
    String doc = "https://w3id.org/diplograph/id/doc/" + SEEDS.get(2).getFileName().toString().replace(".txt", "");
    String count = sparql("SELECT (COUNT(?e) AS ?n) WHERE { GRAPH <" + doc + "> { ?e a <https://w3id.org/diplograph/ontology#Event> } }");
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "ServeIT: one new article stored and answered by SPARQL %.2f s after extract started%n",
        seconds);
    assertEquals(0, one.code(), one.err());
    assertTrue(Integer.parseInt(count.lines().skip(1).findFirst().orElse("0").strip()) > 0, count);
    CliRun oneLocal = run("extract", SEEDS.get(2).toString(), "--store", direct.toString());
    assertEquals(normalized(oneLocal.out(), direct), normalized(one.out(), served));

    // the same graph either way: a query and the network export agree
    String query = "SELECT ?t (COUNT(?e) AS ?n) WHERE { ?e a dg:Event ; dg:eventType ?t } GROUP BY ?t ORDER BY ?t";
    assertEquals(stdout("query", query, "--store", direct.toString()), stdout("query", query, "--store", served.toString()));
    Path a = dir.resolve("direct.graphml");
    Path b = dir.resolve("served.graphml");
    assertEquals(0, run("export", "--format", "graphml", "--store", direct.toString(), "--out", a.toString()).code());
    assertEquals(0, run("export", "--format", "graphml", "--store", served.toString(), "--out", b.toString()).code());
    assertEquals(Files.readString(a), Files.readString(b));
  }

  @Test
  void aWrongTokenIsRefusedInOneLine() {
    CliRun r = run("extract", SEEDS.get(4).toString(), "--store", served.toString(), "--token", "wrong");
    assertEquals(1, r.code());
    assertTrue(r.err().strip().lines().count() == 1 && r.err().contains("answered 401"), r.err());
  }

  /** The summary without its timing, with the store's name made neutral. */
  private static String normalized(String summary, Path store) {
    return summary.replace(store.toString(), "STORE").replaceAll("in \\d+\\.\\d s", "in T s");
  }

  private static String sparql(String query) throws Exception {
    HttpRequest post = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
        .timeout(Duration.ofSeconds(10)).build();
    return HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString()).body();
  }

  private static CliRun run(String... args) {
    return CliRun.run(Main.newCommandLine(false, () -> engine), args);
  }

  private static String stdout(String... args) {
    return CliRun.stdout(Main.newCommandLine(false, () -> engine), args);
  }
}
