package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplograph.graph.GraphStore;
import org.diplograph.pipeline.Ingestor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's limits, on a generated store of 100 documents: an expensive query ends in a 503 at the
 * query timeout (the SPARQL endpoint and the network API), request bodies over the limit get 413 before
 * they are read (declared length) or once they pass it (chunked) on every endpoint that takes a body, and a
 * query string too long for a GET gets 414.
 */
@Timeout(60)
class ServerLimitsTest {
  private static final long LIMIT = 64 * 1024;
  private static final String CROSS_JOIN =
      "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

  @TempDir static Path dir;
  private static GraphStore store;
  private static GraphServer server;
  private static AccessToken token;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = GraphStore.open(dir.resolve("store"));
    GeneratedGraph.fill(store, 100, 7);
    token = AccessToken.of("limits-test-token-0123456789abcdef0123456789");
    Ingestor ingestor = Ingestor.of(ModelFreeEngine.create(), store);
    ServerConfig config = new ServerConfig("127.0.0.1", 0, true, Duration.ofSeconds(1), 10_000, LIMIT, false);
    server = GraphServer.start(store, config, Optional.of(ingestor), Optional.of(token));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void anExpensiveQueryEndsAt503AtTheTimeout() throws Exception {
    long t0 = System.nanoTime();
    HttpResponse<String> r = send(form("ds/query", "query=" + enc(CROSS_JOIN)));
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertEquals(503, r.statusCode(), r.body());
    assertTrue(seconds < 10, "answered after " + seconds + " s");
    HttpResponse<String> get = send(HttpRequest.newBuilder(uri("ds/sparql?query=" + enc(CROSS_JOIN))).build());
    assertEquals(503, get.statusCode(), get.body());
    // the server is still fine
    HttpResponse<String> ask = send(form("ds/query", "query=" + enc("ASK { ?s ?p ?o }")));
    assertEquals(200, ask.statusCode(), ask.body());
  }

  @Test
  void theNetworkApiHonoursTheTimeout() throws Exception {
    try (GraphServer quick = GraphServer.start(store, ServerConfig.defaults(0).withTimeout(Duration.ofMillis(1)))) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(quick.url() + "api/network")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(503, r.statusCode(), r.body());
      assertTrue(r.body().contains("timeout"), r.body());
    }
    try (GraphServer patient = GraphServer.start(store, ServerConfig.defaults(0))) {
      assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(patient.url() + "api/network")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode());
    }
  }

  @Test
  void bodiesOverTheLimitAreRefusedFromTheirDeclaredLength() throws Exception {
    // 10 GB announced, a few bytes sent: the answer comes without the server waiting for the rest
    for (String target : new String[] {"/ds/query", "/ds/update", "/ds/data?default", "/api/ingest?name=a.txt"}) {
      String status = rawStatus("POST " + target + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
          + "Authorization: Bearer " + token.value() + "\r\nContent-Length: 10000000000\r\n\r\nASK {}");
      assertTrue(status.contains(" 413 "), target + ": " + status);
    }
  }

  @Test
  void chunkedBodiesAreCutOffAtTheLimit() throws Exception {
    byte[] big = "#".repeat((int) LIMIT * 2).getBytes(StandardCharsets.US_ASCII);
    HttpResponse<String> query = send(HttpRequest.newBuilder(uri("ds/query"))
        .header("Content-Type", "application/sparql-query")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());
    assertEquals(413, query.statusCode(), query.body());
    HttpResponse<String> put = send(HttpRequest.newBuilder(uri("ds/data?default"))
        .header("Authorization", "Bearer " + token.value()).header("Content-Type", "text/turtle")
        .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());
    assertEquals(413, put.statusCode(), put.body());
    HttpResponse<String> ingest = send(HttpRequest.newBuilder(uri("api/ingest?name=chunked.txt"))
        .header("Authorization", "Bearer " + token.value())
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());
    assertEquals(413, ingest.statusCode(), ingest.body());
  }

  @Test
  void largeBodiesOfEveryKindGet413() throws Exception {
    String padding = "#" + "x".repeat((int) LIMIT) + "\n";
    assertEquals(413, send(form("ds/query", "query=" + enc(padding + "ASK {}"))).statusCode());
    assertEquals(413, send(HttpRequest.newBuilder(uri("ds/update")).header("Authorization", "Bearer " + token.value())
        .header("Content-Type", "application/sparql-update")
        .POST(HttpRequest.BodyPublishers.ofString(padding + "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")).build())
        .statusCode());
    assertEquals(413, send(HttpRequest.newBuilder(uri("ds/data?default")).header("Authorization", "Bearer " + token.value())
        .header("Content-Type", "text/turtle")
        .PUT(HttpRequest.BodyPublishers.ofString(padding + "<urn:x:a> <urn:x:b> <urn:x:c> .")).build()).statusCode());
    assertEquals(413, send(HttpRequest.newBuilder(uri("api/ingest?name=big.txt"))
        .header("Authorization", "Bearer " + token.value())
        .POST(HttpRequest.BodyPublishers.ofString("Title: 大\n\n" + "日美会谈。".repeat((int) LIMIT / 10))).build())
        .statusCode());
    assertEquals(false, store.read(dsg -> dsg.find(Node.ANY, NodeFactory.createURI("urn:x:a"), Node.ANY, Node.ANY)
        .hasNext()), "nothing written");
    assertEquals(Optional.empty(), store.contentHash("big"));
  }

  @Test
  void aQueryStringTooLongForAGetIs414() throws Exception {
    String query = "#" + "x".repeat(RequestLimits.MAX_HEADER_BYTES) + "\nASK {}";
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("ds/query?query=" + enc(query))).build());
    assertEquals(414, r.statusCode(), r.body());
    assertEquals(200, send(HttpRequest.newBuilder(uri("ds/query?query=" + enc("ASK {}"))).build()).statusCode());
  }

  /** The status line the server answers to {@code request}, sent over a plain socket. */
  private static String rawStatus(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
        line.write(b);
      }
      return line.toString(StandardCharsets.US_ASCII);
    }
  }

  private static HttpRequest form(String path, String body) {
    return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    // a fresh client each time: the server closes the connection after refusing a body
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    return URI.create(server.url() + path);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
