package org.diplograph.server;

import static com.google.common.base.Preconditions.checkArgument;

import java.net.BindException;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.diplograph.graph.GraphStore;
import org.diplograph.pipeline.Ingestor;

/**
 * The HTTP service over a {@link GraphStore}: Fuseki serving the dataset at {@value #DATASET} over
 * the SPARQL 1.1 protocol ({@code /ds/sparql}, {@code /ds/query}; Graph Store Protocol reads at
 * {@code /ds/data} and {@code /ds/get}; {@code /ds/update} and GSP writes only when the config allows
 * updates), with the union of the named graphs as default graph, a query timeout, a row cap and a limit
 * on request bodies and URLs ({@link RequestLimits}); plus
 * the graph page at {@code /}, its network JSON at {@code /api/network}, {@code /api/status} (a number
 * that grows with every ingest) and, with an {@link Ingestor}, the ingest endpoint {@code /api/ingest}. Started by {@link
 * #start}; {@link #close} stops it (the store stays open, the caller closes it).
 */
public final class GraphServer implements AutoCloseable {
  /** The dataset's path. */
  public static final String DATASET = "/ds";

  private final FusekiServer fuseki;
  private final String host;

  private GraphServer(FusekiServer fuseki, String host) {
    this.fuseki = fuseki;
    this.host = host;
  }

  /**
   * Starts serving {@code store} as {@code config} says.
   *
   * @throws ServerException if the server cannot start (for example, the port is taken)
   */
  public static GraphServer start(GraphStore store, ServerConfig config) {
    return start(store, config, Optional.empty(), Optional.empty());
  }

  /**
   * Starts serving {@code store} as {@code config} says, with the ingest endpoint ({@code POST /api/ingest})
   * when an ingestor is given; the ingest endpoint, SPARQL Update and Graph Store writes need {@code token}
   * ({@code Authorization: Bearer}); reads need it too when {@link ServerConfig#readsNeedToken()}.
   *
   * @throws IllegalArgumentException if writes are possible (ingest or updates), or reads are guarded, but no
   *     token is given
   * @throws ServerException if the server cannot start (for example, the port is taken)
   */
  public static GraphServer start(GraphStore store, ServerConfig config, Optional<Ingestor> ingestor,
      Optional<AccessToken> token) {
    checkArgument(token.isPresent() || (ingestor.isEmpty() && !config.allowUpdate() && !config.readsNeedToken()),
        "writes (ingest, --allow-update), and reads beyond loopback, need a token");
    FusekiServer fuseki = build(store, config, ingestor, token);
    bind(fuseki, config.host());
    RequestLimits.apply(fuseki, config.maxRequestBytes());
    try {
      fuseki.start();
    } catch (RuntimeException e) {
      fuseki.stop();
      String why = e.getCause() instanceof BindException ? " (port in use?)" : "";
      throw new ServerException("cannot start the server on " + config.host() + ":" + config.port() + why, e);
    }
    return new GraphServer(fuseki, config.host());
  }

  private static FusekiServer build(GraphStore store, ServerConfig config, Optional<Ingestor> ingestor,
      Optional<AccessToken> token) {
    OperationRegistry operations = OperationRegistry.createStd();
    operations.register(Operation.Query, new CappedQuery(config.maxResults()));
    FusekiServer.Builder builder = FusekiServer.create(operations, new Context())
        .port(config.port())
        .add(DATASET, dataService(store, config))
        .addServlet("/api/network", new NetworkServlet(store, config.timeout()))
        .addServlet("/api/queries", new QueriesServlet())
        .addServlet(ExportServlet.PATH, new ExportServlet(store))
        .addServlet("/api/status", new StatusServlet(() -> ingestor.map(Ingestor::generation).orElse(0L)))
        .enablePing(true);
    ingestor.ifPresent(i -> builder.addServlet(IngestServlet.PATH, new IngestServlet(i)));
    token.ifPresent(t -> builder.addFilter("/*", new AccessGuard(t, config.readsNeedToken())));
    builder.addFilter("/*", new BodyLimitFilter(config.maxRequestBytes()));
    // "/" itself belongs to Fuseki's 404 servlet, so the page claims the root ("") and its files
    for (String path : PageServlet.PATHS) {
      builder.addServlet(path, new PageServlet());
    }
    return builder.build();
  }

  private static DataService dataService(GraphStore store, ServerConfig config) {
    boolean allowUpdate = config.allowUpdate();
    DataService.Builder ds = DataService.newBuilder(store.datasetGraph())
        .addEndpoint(queryEndpoint("sparql", config.timeout()))
        .addEndpoint(queryEndpoint("query", config.timeout()))
        .addEndpoint(queryEndpoint("", config.timeout()))
        .addEndpoint(Operation.GSP_R, "get")
        .addEndpoint(allowUpdate ? Operation.GSP_RW : Operation.GSP_R, "data");
    if (allowUpdate) {
      ds.addEndpoint(Operation.Update, "update");
    }
    return ds.build();
  }

  /**
   * A query endpoint whose context carries the timeout: Fuseki takes a query's timeout from the context of
   * its endpoint and dataset (not from the server's), and answers 503 when a query passes it.
   */
  private static Endpoint queryEndpoint(String name, Duration timeout) {
    Context context = new Context();
    context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
    return Endpoint.create().operation(Operation.Query).endpointName(name).context(context).build();
  }

  /** Binds the not yet started server's connectors to {@code host}. */
  private static void bind(FusekiServer fuseki, String host) {
    for (Connector c : fuseki.getJettyServer().getConnectors()) {
      if (c instanceof ServerConnector sc) {
        sc.setHost(host);
      }
    }
  }

  /** The port the server listens on (the chosen one when the config said 0). */
  public int port() {
    return fuseki.getPort();
  }

  /** The base URL, {@code http://host:port/}. */
  public String url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port() + "/";
  }

  /** The SPARQL query endpoint's URL. */
  public String sparqlUrl() {
    return url() + DATASET.substring(1) + "/sparql";
  }

  /** Blocks until the server stops. */
  public void join() {
    fuseki.join();
  }

  /** Stops the server; the store stays open. */
  @Override
  public void close() {
    fuseki.stop();
  }
}
