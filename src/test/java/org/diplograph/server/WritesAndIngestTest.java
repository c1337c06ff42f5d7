package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplograph.catalog.Catalog;
import org.diplograph.graph.GraphStore;
import org.diplograph.pipeline.Engine;
import org.diplograph.pipeline.FeedPoller;
import org.diplograph.pipeline.FolderWatcher;
import org.diplograph.pipeline.IngestRequest;
import org.diplograph.pipeline.Ingestor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writing side of the server without the models (a hand-written tokenizer, one word a character): the
 * ingest endpoint and SPARQL Update need the token (401 without it, stored with it), the status counter
 * moves, a file dropped into a watched folder is stored within the scan interval, and a polled feed is
 * fetched with a conditional GET and stored with stable item ids. The real models are in {@code ServeIT}.
 */
class WritesAndIngestTest {
  private static final String ARTICLE = "Title: 日美会谈\nDate: 2024-03-11\n\n3月11日，日本首相与美国总统在东京举行会谈。\n";

  @TempDir static Path dir;
  private static GraphStore store;
  private static Ingestor ingestor;
  private static GraphServer server;
  private static AccessToken token;

  @BeforeAll
  static void start() {
    store = GraphStore.open(dir.resolve("store"));
    token = AccessToken.loadOrCreate(dir.resolve("store"));
    ingestor = Ingestor.of(Engine.with(Catalog.loadDefault(), ServiceFixtures.EACH_CHARACTER_A_WORD), store);
    server = GraphServer.start(store, ServerConfig.defaults(0).withAllowUpdate(true), Optional.of(ingestor),
        Optional.of(token));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void theTokenFileIsTheOwnersOnlyAndStaysTheSame() throws Exception {
    Path file = AccessToken.file(dir.resolve("store"));
    assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
        Files.getPosixFilePermissions(file));
    assertEquals(token.value(), AccessToken.loadOrCreate(dir.resolve("store")).value());
    assertTrue(token.value().length() >= 40, "32 random bytes");
  }

  @Test
  void ingestWithoutTheTokenIs401AndStoresNothing() throws Exception {
    assertEquals(401, ingest("unauth.txt", Optional.empty()).statusCode());
    assertEquals(401, ingest("unauth.txt", Optional.of("Bearer wrong")).statusCode());
    assertEquals(401, ingest("unauth.txt", Optional.of("Basic " + token.value())).statusCode());
    assertEquals(Optional.empty(), store.contentHash("unauth"));
  }

  @Test
  void ingestWithTheTokenStoresTheDocumentAndMovesTheStatus() throws Exception {
    long before = ingestor.generation();
    HttpResponse<String> r = ingest("inbox/with-token.txt", Optional.of("Bearer " + token.value()));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"stored\":[\"with-token\"]"), r.body());
    assertTrue(store.contentHash("with-token").isPresent());
    assertEquals(before + 1, ingestor.generation());
    assertTrue(get("api/status").body().contains("\"generation\":" + (before + 1)));
    HttpResponse<String> again = ingest("inbox/with-token.txt", Optional.of("Bearer " + token.value()));
    assertTrue(again.body().contains("\"unchanged\":1"), again.body());
    assertEquals(before + 1, ingestor.generation(), "nothing new, no new generation");
  }

  @Test
  void updatesNeedTheTokenReadsDoNot() throws Exception {
    String update = "update=" + enc("INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }");
    assertEquals(401, post("ds/update", update, Optional.empty()).statusCode());
    assertEquals(0, count("urn:x:a"));
    assertEquals(200, post("ds/update", update, Optional.of("Bearer " + token.value())).statusCode());
    assertEquals(1, count("urn:x:a"));
    HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(server.url() + "ds/data?graph=urn:x:h")).header("Content-Type", "text/turtle")
        .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:d> <urn:x:e> <urn:x:f> .")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(401, put.statusCode());
    assertEquals(200, get("ds/get?graph=" + enc("urn:x:g")).statusCode(), "a GSP read needs no token");
  }

  @Test
  void aFileDroppedIntoAWatchedFolderIsStoredWithinTheInterval() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("watched"));
    Duration interval = Duration.ofSeconds(2);
    try (FolderWatcher w = FolderWatcher.start(inbox, "*", interval, ingestor, IngestRequest.withThreads(1))) {
      Thread.sleep(300);
      Files.writeString(inbox.resolve("dropped.txt"), ARTICLE.replace("会谈。", "会谈，讨论经济。"),
          StandardCharsets.UTF_8);
      long deadline = System.nanoTime() + interval.toNanos() + Duration.ofSeconds(3).toNanos();
      while (store.contentHash("dropped").isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertTrue(store.contentHash("dropped").isPresent(), "the dropped file is in the store");
    }
  }

  @Test
  void aPolledFeedIsFetchedConditionallyAndKeepsItsItemIds() throws Exception {
    byte[] feed = Files.readAllBytes(Path.of("src/test/resources/ingest/feed-rss2.xml"));
    AtomicInteger full = new AtomicInteger();
    AtomicInteger notModified = new AtomicInteger();
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/rss/world.xml", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        ex.sendResponseHeaders(304, -1);
      } else {
        full.incrementAndGet();
        ex.getResponseHeaders().add("ETag", "\"v1\"");
        ex.sendResponseHeaders(200, feed.length);
        ex.getResponseBody().write(feed);
      }
      ex.close();
    });
    http.start();
    try {
      URI url = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/rss/world.xml");
      try (FeedPoller p = FeedPoller.start(List.of(url), Duration.ofMillis(500), ingestor,
          IngestRequest.withThreads(1))) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (notModified.get() < 2 && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
      }
      assertEquals(1, full.get(), "fetched once");
      assertTrue(notModified.get() >= 2, "then asked whether it changed: " + notModified.get());
      String id = "127.0.0.1-rss-world-" + com.google.common.hash.Hashing.sha256()
          .hashString("a1", StandardCharsets.UTF_8).toString().substring(0, 12);
      assertTrue(store.contentHash(id).isPresent(), "the item with guid a1 is " + id);
    } finally {
      http.stop(0);
    }
  }

  private static long count(String subject) throws Exception {
    HttpResponse<String> r = post("ds/sparql", "query=" + enc("SELECT * WHERE { <" + subject + "> ?p ?o }"),
        Optional.empty());
    return r.body().strip().lines().count() - 1;
  }

  /** What {@code curl --data-binary @file} sends: the file declared as a form; it is still the file. */
  @Test
  void aFileSentAsAFormIsStillTheFile() throws Exception {
    HttpRequest post = HttpRequest.newBuilder(URI.create(server.url() + "api/ingest?name=" + enc("as-form.txt")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Authorization", "Bearer " + token.value())
        .POST(HttpRequest.BodyPublishers.ofString(ARTICLE.replace("东京", "大阪"), StandardCharsets.UTF_8)).build();
    HttpResponse<String> r = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"stored\":[\"as-form\"]"), r.body());
  }

  private static HttpResponse<String> ingest(String name, Optional<String> authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "api/ingest?name=" + enc(name)))
        .POST(HttpRequest.BodyPublishers.ofString(ARTICLE, StandardCharsets.UTF_8));
    authorization.ifPresent(a -> b.header("Authorization", a));
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String form, Optional<String> authorization)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(form));
    authorization.ifPresent(a -> b.header("Authorization", a));
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
