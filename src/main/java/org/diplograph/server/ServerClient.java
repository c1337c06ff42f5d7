package org.diplograph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.diplograph.graph.DG;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.Iris;

/**
 * A client of a running {@link GraphServer}: SPARQL queries over the protocol, copies of the store's
 * named graphs (Graph Store Protocol) into an in-memory {@link GraphStore}, so that exports and
 * explanations are computed by the same code as on a local store, and the ingest endpoint. Immutable;
 * thread-safe.
 */
public final class ServerClient {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String GRAPHS_OF = """
      SELECT DISTINCT ?g WHERE {
        { GRAPH ?g { <%1$s> ?p ?o } }
        UNION { GRAPH ?g { ?s ?p <%1$s> } }
        UNION { GRAPH ?h { <%1$s> <%2$s> ?m } GRAPH ?g { ?m ?q ?v } }
      }""";

  private final URI base;
  private final Optional<AccessToken> token;
  private final HttpClient http;

  private ServerClient(URI base, Optional<AccessToken> token) {
    String b = base.toString();
    this.base = URI.create(b.endsWith("/") ? b : b + "/");
    this.token = token;
    this.http = httpClient(this.base);
  }

  /**
   * An HTTP client for {@code base}. For a plain {@code http} server it gets a TLS context that is never
   * used instead of the JDK's default one, whose trust store takes a few hundred milliseconds to load: a
   * command that goes through the server starts that much sooner.
   */
  private static HttpClient httpClient(URI base) {
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
    if ("http".equalsIgnoreCase(base.getScheme())) {
      try {
        SSLContext unused = SSLContext.getInstance("TLS");
        unused.init(new KeyManager[0], new TrustManager[0], null); // trusts nothing: TLS would fail
        builder.sslContext(unused);
      } catch (GeneralSecurityException e) {
        // keep the default context
      }
    }
    return builder.build();
  }

  /** A client of the server at {@code base} (its root URL), writing with {@code token} if given. */
  public static ServerClient of(URI base, Optional<AccessToken> token) {
    return new ServerClient(base, token);
  }

  /** The server's root URL. */
  public URI base() {
    return base;
  }

  /** True when the server answers its ping within {@code timeout}. */
  public boolean reachable(Duration timeout) {
    try {
      HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve("$/ping")).timeout(timeout).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A query execution against the server's SPARQL endpoint; the caller closes it. */
  public QueryExecution query(Query query) {
    QueryExecutionHTTPBuilder builder = QueryExecutionHTTP.service(base.resolve("ds/sparql").toString())
        .httpClient(http).query(query);
    token.ifPresent(t -> builder.httpHeader("Authorization", "Bearer " + t.value()));
    return builder.build();
  }

  /**
   * Copies every named graph of the server's store into {@code into} (one Graph Store Protocol GET of the
   * dataset, as N-Quads; the default graph, the union the server presents, is left out).
   *
   * @throws ServerException if the server does not answer 200
   */
  public void copyAll(GraphStore into) {
    HttpRequest get = withToken(HttpRequest.newBuilder(base.resolve("ds/get"))).header("Accept", "application/n-quads")
        .GET().build();
    into.load(sink -> parse(send(get), Lang.NQUADS, namedOnly(sink)));
  }

  /**
   * Writes the whole store in an RDF syntax ({@code turtle}, {@code trig}, {@code nquads}, {@code jsonld}) to
   * {@code out}, as the server's exporter writes it.
   *
   * @throws ServerException if the server does not answer 200
   */
  public void exportRdf(String format, java.io.OutputStream out) throws IOException {
    HttpRequest get = withToken(HttpRequest.newBuilder(base.resolve("api/export?format=" + enc(format)))).GET().build();
    out.write(send(get));
  }

  /**
   * Copies into {@code into} what explaining {@code iri} needs: the graphs that describe it, those of the
   * mentions of an occurrence, and the ontology graph.
   */
  public void copyAbout(String iri, GraphStore into) {
    Set<String> graphs = new LinkedHashSet<>();
    graphs.add(Iris.ONTOLOGY_GRAPH);
    Query q = GraphStore.parse(GRAPHS_OF.formatted(iri, DG.mention.getURI()));
    try (QueryExecution qe = query(q)) {
      qe.execSelect().forEachRemaining((QuerySolution s) -> graphs.add(s.getResource("g").getURI()));
    }
    for (String g : graphs) {
      HttpRequest get = withToken(HttpRequest.newBuilder(base.resolve("ds/get?graph=" + enc(g))))
          .header("Accept", "application/n-triples").GET().build();
      Node graph = org.apache.jena.graph.NodeFactory.createURI(g);
      Optional<byte[]> body = sendAllowingMissing(get);
      if (body.isEmpty()) {
        continue; // no such graph (a store without the ontology graph): nothing to copy
      }
      into.load(sink -> parse(body.get(), Lang.NTRIPLES, new StreamRDFWrapper(sink) {
        @Override
        public void triple(org.apache.jena.graph.Triple t) {
          sink.quad(Quad.create(graph, t));
        }
      }));
    }
  }

  /**
   * Sends one input file to the ingest endpoint, with {@code params} as query parameters.
   *
   * @return the server's JSON report
   * @throws ServerException for an answer other than 200 (401 without a valid token), with its text
   */
  public JsonNode ingest(String name, byte[] content, Map<String, String> params) {
    String query = "name=" + enc(name) + params.entrySet().stream()
        .map(e -> "&" + enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining());
    HttpRequest.Builder post = withToken(HttpRequest.newBuilder(base.resolve("api/ingest?" + query)))
        .header("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofByteArray(content));
    try {
      return MAPPER.readTree(send(post.build()));
    } catch (IOException e) {
      throw new ServerException("the server at " + base + " sent a report that is not JSON", e);
    }
  }

  /** The request with the token, if any: writes need it, and so do reads on a server beyond localhost. */
  private HttpRequest.Builder withToken(HttpRequest.Builder request) {
    token.ifPresent(t -> request.header("Authorization", "Bearer " + t.value()));
    return request;
  }

  private Optional<byte[]> sendAllowingMissing(HttpRequest request) {
    return send(request, true);
  }

  private byte[] send(HttpRequest request) {
    return send(request, false).orElseThrow();
  }

  private Optional<byte[]> send(HttpRequest request, boolean allowMissing) {
    try {
      HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() == 404 && allowMissing) {
        return Optional.empty();
      }
      if (r.statusCode() != 200) {
        String text = new String(r.body(), StandardCharsets.UTF_8).strip();
        String why = r.statusCode() == 401 ? " (the server asks for its token: --token, DIPLOGRAPH_TOKEN or "
            + "the store's " + AccessToken.FILE_NAME + ")" : r.statusCode() == 404 ? " (not offered by this server)" : "";
        throw new ServerException("the server at " + base + " answered " + r.statusCode() + why
            + (text.isEmpty() ? "" : ": " + text.lines().findFirst().orElse("")), null);
      }
      return Optional.of(r.body());
    } catch (IOException e) {
      throw new ServerException("the server at " + base + " cannot be reached: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServerException("interrupted", e);
    }
  }

  private static void parse(byte[] body, Lang lang, StreamRDF sink) {
    RDFParser.source(new java.io.ByteArrayInputStream(body)).lang(lang).parse(sink);
  }

  private static StreamRDF namedOnly(StreamRDF sink) {
    return new StreamRDFWrapper(sink) {
      @Override
      public void triple(org.apache.jena.graph.Triple t) {
        // the default graph: the union of the named ones as the server presents it
      }

      @Override
      public void quad(Quad q) {
        if (!q.isDefaultGraph()) {
          sink.quad(q);
        }
      }
    };
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
