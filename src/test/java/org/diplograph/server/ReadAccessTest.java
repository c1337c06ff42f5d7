package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads on a server that listens beyond the loopback interface ({@code --host 0.0.0.0}): they need the token
 * (Bearer, or Basic with the token as password, which a browser asks for), except the ping; with
 * {@code --public-read} they are open while writes still need the token. On loopback reads stay open.
 */
class ReadAccessTest {
  private static final List<String> READS = List.of("", "app.js", "api/network", "api/status", "api/queries",
      "api/export?format=turtle", "ds/sparql?query=ASK%7B%7D", "ds/get?graph="
      + URLEncoder.encode(Iris.document(ServiceFixtures.ECHO_DOC), StandardCharsets.UTF_8));

  @TempDir static Path dir;
  private static GraphStore store;
  private static AccessToken token;
  private static GraphServer guarded;
  private static GraphServer open;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = ServiceFixtures.store(dir.resolve("store"));
    token = AccessToken.loadOrCreate(dir.resolve("store"));
    ServerConfig anyInterface = ServerConfig.defaults(0).withHost("0.0.0.0").withAllowUpdate(true);
    guarded = GraphServer.start(store, anyInterface, Optional.empty(), Optional.of(token));
    open = GraphServer.start(store, anyInterface.withPublicRead(true), Optional.empty(), Optional.of(token));
  }

  @AfterAll
  static void stop() {
    guarded.close();
    open.close();
    store.close();
  }

  @Test
  void onlyLoopbackAddressesKeepReadsOpenByDefault() {
    for (String host : List.of("127.0.0.1", "localhost", "::1", "127.0.0.2")) {
      assertFalse(ServerConfig.defaults(0).withHost(host).readsNeedToken(), host);
    }
    for (String host : List.of("0.0.0.0", "::", "192.0.2.10")) {
      assertTrue(ServerConfig.defaults(0).withHost(host).readsNeedToken(), host);
      assertFalse(ServerConfig.defaults(0).withHost(host).withPublicRead(true).readsNeedToken(), host);
    }
  }

  @Test
  void readsBeyondLoopbackNeedTheToken() throws Exception {
    for (String path : READS) {
      HttpResponse<String> refused = get(guarded, path, Optional.empty());
      assertEquals(401, refused.statusCode(), path);
      assertTrue(refused.headers().allValues("WWW-Authenticate").stream().anyMatch(v -> v.startsWith("Basic ")),
          "a browser is asked for the token: " + refused.headers().map());
      assertEquals(401, get(guarded, path, Optional.of("Bearer wrong")).statusCode(), path);
      assertEquals(200, get(guarded, path, Optional.of("Bearer " + token.value())).statusCode(), path);
      String basic = Base64.getEncoder().encodeToString(("anyone:" + token.value()).getBytes(StandardCharsets.UTF_8));
      assertEquals(200, get(guarded, path, Optional.of("Basic " + basic)).statusCode(), path);
    }
    assertEquals(200, get(guarded, "$/ping", Optional.empty()).statusCode(), "the ping stays open");
  }

  @Test
  void publicReadOpensReadsButNotWrites() throws Exception {
    for (String path : READS) {
      assertEquals(200, get(open, path, Optional.empty()).statusCode(), path);
    }
    HttpRequest update = HttpRequest.newBuilder(local(open, "ds/update"))
        .header("Content-Type", "application/sparql-update")
        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:a> <urn:x:b> 1 }")).build();
    assertEquals(401, HTTP.send(update, HttpResponse.BodyHandlers.ofString()).statusCode());
  }

  private static HttpResponse<String> get(GraphServer server, String path, Optional<String> authorization)
      throws Exception {
    HttpRequest.Builder get = HttpRequest.newBuilder(local(server, path)).GET();
    authorization.ifPresent(a -> get.header("Authorization", a));
    return HTTP.send(get.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The server's URL through the loopback interface (it listens on all of them). */
  private static URI local(GraphServer server, String path) {
    return URI.create("http://127.0.0.1:" + server.port() + "/" + path);
  }
}
