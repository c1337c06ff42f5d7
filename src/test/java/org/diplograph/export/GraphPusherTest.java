package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplograph.export.PushException.Reason;
import org.junit.jupiter.api.Test;

/**
 * The Graph Store client against real Fuseki servers set up for each case: authentication (Basic, Digest,
 * bearer token), the one-line failures (401, 404, 405, connection refused) and the retries on transient
 * errors.
 */
class GraphPusherTest {
  private static final String GRAPH = "https://w3id.org/diplograph/id/doc/push-test";
  private static final String USER = "analyst";
  private static final String PASSWORD = "s3cret-Pa55";

  @Test
  void basicAuthenticationAnswersTheChallenge() {
    try (TestFuseki fuseki = TestFuseki.builder().auth(AuthScheme.BASIC, USER, PASSWORD).start()) {
      push(fuseki, PushCredentials.password(USER, PASSWORD));
      assertEquals(2, remoteSize(fuseki));
    }
  }

  @Test
  void digestAuthenticationAnswersTheChallenge() {
    try (TestFuseki fuseki = TestFuseki.builder().auth(AuthScheme.DIGEST, USER, PASSWORD).start()) {
      push(fuseki, PushCredentials.password(USER, PASSWORD));
      assertEquals(2, remoteSize(fuseki));
    }
  }

  @Test
  void aWrongOrMissingPasswordIsOneLineWithoutThePassword() {
    try (TestFuseki fuseki = TestFuseki.builder().auth(AuthScheme.BASIC, USER, PASSWORD).start()) {
      PushException wrong = assertThrows(PushException.class,
          () -> push(fuseki, PushCredentials.password(USER, "not-the-password")));
      assertEquals(Reason.UNAUTHORIZED, wrong.reason());
      assertOneLine(wrong);
      assertFalse(wrong.getMessage().contains("not-the-password"), wrong.getMessage());
      assertTrue(wrong.getMessage().contains(fuseki.gsp()), wrong.getMessage());
      PushException none = assertThrows(PushException.class, () -> push(fuseki, PushCredentials.none()));
      assertEquals(Reason.UNAUTHORIZED, none.reason());
      assertEquals(0, remoteSize(fuseki));
    }
  }

  @Test
  void aBearerTokenIsSentWithEveryRequest() {
    Filter bearer = (req, res, chain) -> {
      if ("Bearer t0ken".equals(((HttpServletRequest) req).getHeader("Authorization"))) {
        chain.doFilter(req, res);
      } else {
        HttpServletResponse r = (HttpServletResponse) res;
        r.setHeader("WWW-Authenticate", "Bearer realm=\"test\"");
        r.sendError(401);
      }
    };
    try (TestFuseki fuseki = TestFuseki.builder().filter(bearer).start()) {
      push(fuseki, PushCredentials.bearer("t0ken"));
      assertEquals(2, remoteSize(fuseki));
      PushException wrong = assertThrows(PushException.class, () -> push(fuseki, PushCredentials.bearer("other")));
      assertEquals(Reason.UNAUTHORIZED, wrong.reason());
      assertFalse(wrong.getMessage().contains("other"), wrong.getMessage());
    }
  }

  @Test
  void aWrongPathIsNotFoundAndAReadOnlyDatasetNotWritable() {
    try (TestFuseki fuseki = TestFuseki.start()) {
      PushException e = assertThrows(PushException.class, () -> push(fuseki.base() + "nope/data", PushCredentials.none()));
      assertEquals(Reason.NOT_FOUND, e.reason(), e.getMessage());
      assertOneLine(e);
    }
    try (TestFuseki fuseki = TestFuseki.builder().readOnly().start()) {
      PushException e = assertThrows(PushException.class, () -> push(fuseki, PushCredentials.none()));
      assertEquals(Reason.NOT_WRITABLE, e.reason(), e.getMessage());
    }
  }

  @Test
  void fusekiTakesTheDatasetUrlAsWell() {
    try (TestFuseki fuseki = TestFuseki.start()) {
      push(fuseki.base() + "ds", PushCredentials.none());
      assertEquals(2, remoteSize(fuseki));
    }
  }

  @Test
  void aClosedPortIsRefusedWithoutRetries() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    PushTarget target = PushTarget.of("http://127.0.0.1:" + port + "/ds/data", PushCredentials.none());
    try (GraphPusher pusher = GraphPusher.open(target)) {
      PushException e = assertThrows(PushException.class, () -> pusher.put(GRAPH, graph()));
      assertEquals(Reason.REFUSED, e.reason(), e.getMessage());
      assertEquals("cannot push <" + GRAPH + "> to http://127.0.0.1:" + port + "/ds/data: connection refused "
          + "(is the server running?)", e.getMessage());
      assertEquals(0, pusher.retries());
    }
  }

  @Test
  void anUnknownHostSaysSo() {
    PushException e = assertThrows(PushException.class,
        () -> push("http://no-such-host.invalid/ds/data", PushCredentials.none()));
    assertEquals(Reason.UNKNOWN_HOST, e.reason(), e.getMessage());
    assertTrue(e.getMessage().endsWith(": unknown host no-such-host.invalid"), e.getMessage());
  }

  @Test
  void transientFailuresAreTriedAgain() {
    AtomicInteger failuresLeft = new AtomicInteger(2);
    Filter flaky = (req, res, chain) -> {
      if (failuresLeft.getAndDecrement() > 0) {
        ((HttpServletResponse) res).sendError(503);
      } else {
        chain.doFilter(req, res);
      }
    };
    try (TestFuseki fuseki = TestFuseki.builder().filter(flaky).start();
        GraphPusher pusher = GraphPusher.open(fast(fuseki.gsp(), 3))) {
      pusher.put(GRAPH, graph());
      assertEquals(2, pusher.retries());
      assertEquals(2, remoteSize(fuseki));
    }
  }

  @Test
  void aFailureThatOutlastsTheRetriesSaysSo() {
    Filter down = (req, res, chain) -> ((HttpServletResponse) res).sendError(503);
    try (TestFuseki fuseki = TestFuseki.builder().filter(down).start();
        GraphPusher pusher = GraphPusher.open(fast(fuseki.gsp(), 2))) {
      PushException e = assertThrows(PushException.class, () -> pusher.put(GRAPH, graph()));
      assertEquals(Reason.OTHER, e.reason());
      assertTrue(e.getMessage().contains("HTTP 503") && e.getMessage().endsWith("(after 2 retries)"), e.getMessage());
      assertEquals(2, pusher.retries());
      assertOneLine(e);
    }
  }

  private static PushTarget fast(String url, int retries) {
    return PushTarget.of(url, PushCredentials.none()).withRetries(retries, Duration.ofMillis(20));
  }

  private static void push(TestFuseki fuseki, PushCredentials credentials) {
    push(fuseki.gsp(), credentials);
  }

  private static void push(String url, PushCredentials credentials) {
    try (GraphPusher pusher = GraphPusher.open(PushTarget.of(url, credentials).withRetries(0, Duration.ofMillis(10)))) {
      pusher.put(GRAPH, graph());
      assertEquals(1, pusher.graphs());
      assertEquals(2, pusher.triples());
    }
  }

  private static Graph graph() {
    Graph g = GraphFactory.createDefaultGraph();
    g.add(Triple.create(NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("日美")));
    g.add(Triple.create(NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:q"),
        NodeFactory.createLiteralLang("岸田文雄", "zh")));
    return g;
  }

  private static long remoteSize(TestFuseki fuseki) {
    return Txn.calculateRead(fuseki.dataset(), () -> fuseki.dataset().getGraph(NodeFactory.createURI(GRAPH)).size());
  }

  private static void assertOneLine(Exception e) {
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }
}
