package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
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
import java.util.Optional;
import org.diplograph.graph.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SPARQL endpoint, answered by an independent client (python3 SPARQLWrapper), and the page's files. */
class GraphServerTest {
  private static final String CLIENT = String.join("\n",
      "import sys",
      "from SPARQLWrapper import SPARQLWrapper, JSON, POST",
      "q = SPARQLWrapper(sys.argv[1] + 'ds/sparql')",
      "q.setQuery('PREFIX dg: <https://w3id.org/diplograph/ontology#> '",
      "           'SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a dg:Event }')",
      "q.setReturnFormat(JSON)",
      "print('events', q.query().convert()['results']['bindings'][0]['n']['value'])",
      "u = SPARQLWrapper(sys.argv[1] + 'ds/sparql', updateEndpoint=sys.argv[1] + 'ds/update')",
      "u.setMethod(POST)",
      "u.setQuery('INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }')",
      "try:",
      "    u.query()",
      "    print('update accepted')",
      "except Exception as e:",
      "    print('update refused', type(e).__name__)");

  @TempDir static Path dir;
  private static GraphStore store;
  private static GraphServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = ServiceFixtures.store(dir.resolve("store"));
    server = GraphServer.start(store, new ServerConfig("127.0.0.1", 0, false, Duration.ofSeconds(10), 3));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void pythonClientQueriesAndIsRefusedUpdates() throws Exception {
    Optional<String> python = ExternalTools.python("SPARQLWrapper");
    assumeTrue(python.isPresent(), "python3 with SPARQLWrapper not installed");
    Path script = dir.resolve("client.py");
    Files.writeString(script, CLIENT, StandardCharsets.UTF_8);
    ExternalTools.Run run = ExternalTools.run(List.of(python.get(), script.toString(), server.url()), 60);
    assertEquals(0, run.exit(), run.out());
    assertTrue(run.out().contains("events 5"), run.out());
    assertTrue(run.out().contains("update refused"), run.out());
    assertEquals(0, countTriples(HttpClient.newHttpClient(), "urn:x:a"));
  }

  @Test
  void updatesAndGraphStoreWritesAreRefused() throws Exception {
    HttpResponse<String> viaQuery = post("ds/sparql", "update=" + enc("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"));
    assertEquals(400, viaQuery.statusCode());
    // a fresh client: the server may close the connection of a refused write, which a pooled
    // connection of the shared client would otherwise hit on the next request
    HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "ds/data?default"))
        .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> ."))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(put.statusCode() == 405 || put.statusCode() == 404, "PUT gave " + put.statusCode());
    assertEquals(0, countTriples(HttpClient.newHttpClient(), "urn:x:a"));
  }

  @Test
  void resultsAreCappedAndTheDefaultGraphIsTheUnion() throws Exception {
    HttpResponse<String> r = post("ds/query", "query=" + enc("SELECT ?s WHERE { ?s ?p ?o }"));
    assertEquals(200, r.statusCode());
    assertEquals(1 + 3, r.body().strip().lines().count(), r.body()); // header + the cap of 3 rows
    HttpResponse<String> gsp = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "ds/get?graph="
        + enc("https://w3id.org/diplograph/id/doc/" + ServiceFixtures.ECHO_DOC))).header("Accept", "application/n-triples")
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, gsp.statusCode());
    assertTrue(gsp.body().contains("c0ffee"), gsp.body());
  }

  @Test
  void servesThePageCytoscapeAndTheNetwork() throws Exception {
    HttpResponse<String> page = get("");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("vendor/cytoscape.min.js"));
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    HttpResponse<String> lib = get("vendor/cytoscape.min.js");
    assertEquals(200, lib.statusCode());
    assertTrue(lib.body().length() > 100_000);
    HttpResponse<String> net = get("api/network?types=MEET");
    assertTrue(net.body().contains("\"MEET:JPN->USA\""), net.body());
    assertEquals(400, get("api/network?from=yesterday").statusCode());
    assertEquals(404, get("etc/passwd").statusCode());
  }

  private static long countTriples(HttpClient client, String subject) throws Exception {
    HttpResponse<String> r = post(client, "ds/sparql", "query=" + enc("SELECT * WHERE { <" + subject + "> ?p ?o }"));
    return r.body().strip().lines().count() - 1;
  }

  private static HttpResponse<String> post(String path, String form) throws Exception {
    return post(HTTP, path, form);
  }

  private static HttpResponse<String> post(HttpClient client, String path, String form) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(server.url() + path))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
