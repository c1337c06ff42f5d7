package org.diplograph.export;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import dev.failsafe.function.CheckedPredicate;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;
import org.diplograph.export.PushException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes graphs to a remote store with the SPARQL 1.1 Graph Store HTTP Protocol: one {@code PUT
 * endpoint?graph=IRI} per graph, which replaces the graph, so pushing the same graph again leaves the
 * store as it was. Built on Jena's GSP client over the JDK HTTP client; a user and password are
 * registered with Jena's {@link AuthEnv}, which answers the server's Basic or Digest challenge; a bearer
 * token is sent with every request. Transient failures (HTTP 408, 425, 429, 502, 503, 504, a connection
 * reset or timed out) are tried again with exponential backoff ({@link PushTarget#retries()}); others
 * end in a {@link PushException} at once. Safe to share between threads; close it once, when done,
 * which forgets the credentials and Jena's cached authentication of this process.
 */
public final class GraphPusher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GraphPusher.class);
  private static final Set<Integer> TRANSIENT = Set.of(408, 425, 429, 502, 503, 504);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final PushTarget target;
  private final String endpoint;
  private final HttpClient http;
  private final RetryPolicy<Object> retry;
  private final AtomicInteger graphs = new AtomicInteger();
  private final AtomicLong triples = new AtomicLong();
  private final AtomicInteger retries = new AtomicInteger();
  private final AtomicInteger deleted = new AtomicInteger();
  private final AtomicLong nanos = new AtomicLong();

  private GraphPusher(PushTarget target) {
    this.target = target;
    this.endpoint = target.endpoint().toString();
    // HTTP/1.1: some stores answer the JDK's h2c upgrade offer badly when the request has a body
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    this.retry = retryPolicy(target);
  }

  /** A pusher to the target; registers its user and password, if any, with Jena for the endpoint. */
  public static GraphPusher open(PushTarget target) {
    if (target.credentials() instanceof PushCredentials.Password p) {
      AuthEnv.get().registerUsernamePassword(target.endpoint(), p.user(), p.password());
    }
    return new GraphPusher(target);
  }

  private RetryPolicy<Object> retryPolicy(PushTarget t) {
    Duration first = t.firstBackoff().isZero() ? Duration.ofMillis(1) : t.firstBackoff();
    CheckedPredicate<Throwable> isTransient = GraphPusher::isTransient;
    return RetryPolicy.builder()
        .handleIf(isTransient)
        .withMaxRetries(t.retries())
        .withBackoff(first, first.multipliedBy(16))
        .withJitter(0.1)
        .onRetry(e -> {
          retries.incrementAndGet();
          LOG.warn("{}: {}, trying again (retry {} of {})", endpoint, brief(e.getLastException()),
              e.getAttemptCount(), t.retries());
        })
        .build();
  }

  /** The endpoint pushed to. */
  public PushTarget target() {
    return target;
  }

  /**
   * Replaces the graph {@code graphIri} of the remote store with {@code graph}.
   *
   * @throws PushException if the store refuses it, cannot be reached, or still fails after the retries
   */
  public void put(String graphIri, Graph graph) {
    long t0 = System.nanoTime();
    try {
      Failsafe.with(retry).run(() -> request().graphName(graphIri).PUT(graph));
    } catch (HttpException e) {
      throw failure(graphIri, e, "push");
    } finally {
      nanos.addAndGet(System.nanoTime() - t0);
    }
    graphs.incrementAndGet();
    triples.addAndGet(graph.size());
    LOG.debug("{}: PUT <{}>, {} triples", endpoint, graphIri, graph.size());
  }

  /**
   * Deletes the graph {@code graphIri} from the remote store; a graph the store does not have (404) counts
   * as deleted.
   *
   * @throws PushException if the store refuses it, cannot be reached, or still fails after the retries
   */
  public void delete(String graphIri) {
    long t0 = System.nanoTime();
    try {
      Failsafe.with(retry).run(() -> {
        try {
          request().graphName(graphIri).DELETE();
        } catch (HttpException e) {
          if (e.getStatusCode() != 404) {
            throw e;
          }
        }
      });
    } catch (HttpException e) {
      throw failure(graphIri, e, "delete");
    } finally {
      nanos.addAndGet(System.nanoTime() - t0);
    }
    deleted.incrementAndGet();
    LOG.debug("{}: DELETE <{}>", endpoint, graphIri);
  }

  private GSP request() {
    GSP gsp = GSP.service(endpoint).httpClient(http).contentType(RDFFormat.NTRIPLES);
    if (target.credentials() instanceof PushCredentials.Bearer b) {
      gsp.httpHeader("Authorization", "Bearer " + b.token());
    }
    return gsp;
  }

  /** Graphs pushed so far. */
  public int graphs() {
    return graphs.get();
  }

  /** Graphs deleted so far. */
  public int deleted() {
    return deleted.get();
  }

  /** Triples pushed so far. */
  public long triples() {
    return triples.get();
  }

  /** Time spent in requests so far, waits between retries included. */
  public Duration elapsed() {
    return Duration.ofNanos(nanos.get());
  }

  /** Requests tried again so far. */
  public int retries() {
    return retries.get();
  }

  static boolean isTransient(Throwable t) {
    if (!(t instanceof HttpException e)) {
      return false;
    }
    if (e.getStatusCode() > 0) {
      return TRANSIENT.contains(e.getStatusCode());
    }
    return cause(e, IOException.class).isPresent() && cause(e, ConnectException.class).isEmpty() && !unknownHost(e);
  }

  private PushException failure(String graphIri, HttpException e, String verb) {
    Reason reason = reason(e);
    String what = switch (reason) {
      case UNAUTHORIZED -> "authentication failed (HTTP 401)";
      case FORBIDDEN -> "not allowed to write (HTTP 403)";
      case NOT_FOUND -> "no Graph Store endpoint at this URL (HTTP " + e.getStatusCode() + ")";
      case NOT_WRITABLE -> "the endpoint does not accept " + (verb.equals("push") ? "PUT" : "DELETE")
          + " (HTTP 405, read-only?)";
      case REFUSED -> "connection refused (is the server running?)";
      case UNKNOWN_HOST -> "unknown host " + target.endpoint().getHost();
      case OTHER -> brief(e) + (isTransient(e) ? " (after " + target.retries() + " retries)" : "");
    };
    String where = verb.equals("push") ? " to " : " from ";
    return new PushException(reason, "cannot " + verb + " <" + graphIri + ">" + where + endpoint + ": " + what, e);
  }

  private static Reason reason(HttpException e) {
    return switch (e.getStatusCode()) {
      case 401 -> Reason.UNAUTHORIZED;
      case 403 -> Reason.FORBIDDEN;
      case 404, 501 -> Reason.NOT_FOUND; // Virtuoso answers a PUT to an unknown path with 501
      case 405 -> Reason.NOT_WRITABLE;
      default -> unknownHost(e) ? Reason.UNKNOWN_HOST
          : cause(e, ConnectException.class).isPresent() ? Reason.REFUSED : Reason.OTHER;
    };
  }

  /** The JDK client reports an unknown host as a ConnectException caused by an UnresolvedAddressException. */
  private static boolean unknownHost(Throwable e) {
    return cause(e, UnknownHostException.class).isPresent() || cause(e, UnresolvedAddressException.class).isPresent();
  }

  /** "HTTP 503 Service Unavailable: <first line of the body>", or the I/O error, in one short line. */
  private static String brief(Throwable t) {
    if (t instanceof HttpException e && e.getStatusCode() > 0) {
      String body = Optional.ofNullable(e.getResponse()).map(GraphPusher::firstLine).orElse("");
      String line = Optional.ofNullable(e.getStatusLine()).orElse("");
      return "HTTP " + e.getStatusCode() + (line.isBlank() || line.startsWith(String.valueOf(e.getStatusCode()))
          ? "" : " " + line) + (body.isBlank() ? "" : ": " + body);
    }
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName()
        + Optional.ofNullable(root.getMessage()).map(m -> ": " + firstLine(m)).orElse("");
  }

  /** The first line of a message or response body, shortened; nothing for an HTML page. */
  private static String firstLine(String s) {
    String line = s.strip().split("\\R", 2)[0];
    if (line.startsWith("<")) {
      return "";
    }
    return line.length() <= 160 ? line : line.substring(0, 160) + "…";
  }

  private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
    return Stream.iterate(e, t -> t != null, Throwable::getCause).limit(20).filter(type::isInstance)
        .map(type::cast).findFirst();
  }

  /** Forgets the credentials and the authentication Jena cached for this process. */
  @Override
  public void close() {
    if (target.credentials() instanceof PushCredentials.Password) {
      AuthEnv.get().unregisterUsernamePassword(target.endpoint());
      AuthEnv.get().clearActiveAuthentication();
    }
  }
}
