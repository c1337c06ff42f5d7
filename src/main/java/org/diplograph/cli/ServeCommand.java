package org.diplograph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.diplograph.graph.GraphStore;
import org.diplograph.pipeline.Engine;
import org.diplograph.pipeline.FeedPoller;
import org.diplograph.pipeline.FolderWatcher;
import org.diplograph.pipeline.IngestRequest;
import org.diplograph.pipeline.Ingestor;
import org.diplograph.server.AccessToken;
import org.diplograph.server.GraphServer;
import org.diplograph.server.ServerAddress;
import org.diplograph.server.ServerClient;
import org.diplograph.server.ServerConfig;
import org.diplograph.server.ServerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the SPARQL endpoint, the graph page and the ingest endpoint over the store, until
 * interrupted; the single writer of the store, found by the other commands through the address it records
 * in the store directory.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the store over the SPARQL 1.1 protocol at /ds (query: /ds/sparql, /ds/query; "
        + "Graph Store Protocol reads: /ds/data, /ds/get), the graph page at /, and takes documents at "
        + "/api/ingest (extracted with the models it loads once at start). While it runs, query, export, "
        + "explain and extract on the same --store go through it. Writes (ingest, --allow-update) need the "
        + "token of the store's server.token file (made on first start, mode 0600) or --token; so do reads when "
        + "--host is not a loopback address, unless --public-read.")
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "3030", paramLabel = "N",
      description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
      description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  String host;

  @Option(names = "--public-read",
      description = "Let anyone who can reach the server read (SPARQL queries, Graph Store reads, the page) "
          + "without the token when --host is not a loopback address (by default reads then need the token "
          + "too; on 127.0.0.1 they are always open).")
  boolean publicRead;

  @Option(names = "--allow-update",
      description = "Open SPARQL Update (/ds/update) and Graph Store writes (with the token).")
  boolean allowUpdate;

  @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
      description = "Query timeout in seconds, for SPARQL queries and the network API; a query past it gets 503 "
          + "(default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--max-results", defaultValue = "10000", paramLabel = "N",
      description = "Cap on result rows of a query (default: ${DEFAULT-VALUE}).")
  int maxResults;

  @Option(names = "--max-request-mb", defaultValue = "20", paramLabel = "MB",
      description = "Largest request body (upload, query, update); larger ones get 413 (default: ${DEFAULT-VALUE}).")
  int maxRequestMb;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "The write token (default: the store's server.token, made on first start).")
  Optional<String> token = Optional.empty();

  @Option(names = "--no-ingest",
      description = "Serve read-only without loading the models: no /api/ingest, no --watch or --feed.")
  boolean noIngest;

  @Option(names = "--watch", paramLabel = "DIR",
      description = "Ingest the files of DIR (recursively) at start and each new or changed one; repeatable.")
  List<Path> watch = new ArrayList<>();

  @Option(names = "--glob", defaultValue = "*", paramLabel = "PATTERN",
      description = "File-name pattern of the watched files (default: ${DEFAULT-VALUE}).")
  String glob;

  @Option(names = "--watch-interval", defaultValue = "10s", paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Full scan of the watched folders at least this often, besides file system events "
          + "(default: ${DEFAULT-VALUE}).")
  Duration watchInterval;

  @Option(names = "--feed", paramLabel = "URL",
      description = "Poll this RSS/Atom feed (conditional GET) and ingest new or changed items; repeatable.")
  List<URI> feeds = new ArrayList<>();

  @Option(names = "--poll", defaultValue = "10m", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "How often the feeds are polled (default: ${DEFAULT-VALUE}).")
  Duration poll;

  @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
      description = "Documents of a watched file or feed extracted in parallel (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() {
    validate();
    PrintWriter err = spec.commandLine().getErr();
    boolean creates = !watch.isEmpty() || !feeds.isEmpty();
    if (!creates && !store.existsOrSay("serve", err)) {
      return ExitCodes.FAILURE;
    }
    Optional<ServerAddress> running = ServerAddress.read(store.path())
        .filter(a -> ServerClient.of(a.url(), Optional.empty()).reachable(Duration.ofSeconds(2)));
    if (running.isPresent()) {
      err.println("serve: " + store + " is already served at " + running.get().url() + " (process "
          + running.get().pid() + ")");
      return ExitCodes.FAILURE;
    }
    try {
      return serve();
    } catch (ServerException e) {
      err.println("serve: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
  }

  private void validate() {
    if (port < 0 || port > 65535 || timeoutSeconds <= 0 || maxResults <= 0 || threads < 1 || maxRequestMb <= 0) {
      throw new ParameterException(spec.commandLine(),
          "serve: --port must be 0..65535, --timeout, --max-results, --max-request-mb and --threads positive");
    }
    if (noIngest && (!watch.isEmpty() || !feeds.isEmpty())) {
      throw new ParameterException(spec.commandLine(), "serve: --watch and --feed need ingest (drop --no-ingest)");
    }
    for (Path dir : watch) {
      if (!Files.isDirectory(dir)) {
        throw new ParameterException(spec.commandLine(), "serve: --watch " + dir + " is not a folder");
      }
    }
    for (URI feed : feeds) {
      if (!"http".equals(feed.getScheme()) && !"https".equals(feed.getScheme())) {
        throw new ParameterException(spec.commandLine(), "serve: --feed " + feed + " is not an http(s) URL");
      }
    }
  }

  private int serve() {
    GraphStore graph = GraphStore.open(store.path());
    AccessToken access = token.map(AccessToken::of).orElseGet(() -> AccessToken.loadOrCreate(store.path()));
    Optional<Ingestor> ingestor = noIngest ? Optional.empty() : Optional.of(Ingestor.of(Engine.lazy(), graph));
    ServerConfig config = new ServerConfig(host, port, allowUpdate, Duration.ofSeconds(timeoutSeconds), maxResults,
        maxRequestMb * 1024L * 1024L, publicRead);
    GraphServer server;
    try {
      server = GraphServer.start(graph, config, ingestor, Optional.of(access));
    } catch (RuntimeException e) {
      graph.close();
      throw e;
    }
    ServerAddress address = new ServerAddress(URI.create(server.url()), ProcessHandle.current().pid(),
        token.isPresent() ? Optional.empty() : Optional.of(AccessToken.file(store.path()).toAbsolutePath()));
    address.write(store.path());
    List<AutoCloseable> sources = new ArrayList<>();
    ingestor.ifPresent(i -> {
      loadModelsInTheBackground(i.engine());
      IngestRequest request = IngestRequest.withThreads(threads);
      watch.forEach(dir -> sources.add(FolderWatcher.start(dir, glob, watchInterval, i, request)));
      if (!feeds.isEmpty()) {
        sources.add(FeedPoller.start(feeds, poll, i, request));
      }
    });
    Runnable stop = stopper(sources, address, server, graph);
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "serve-stop"));
    printBanner(server, ingestor.isPresent(), config.readsNeedToken());
    server.join();
    stop.run();
    return ExitCodes.OK;
  }

  private void printBanner(GraphServer server, boolean ingest, boolean guardedReads) {
    PrintWriter out = spec.commandLine().getOut();
    out.println("Serving " + store + " (SPARQL " + (allowUpdate ? "read-write" : "read-only")
        + (ingest ? "; documents taken at /api/ingest" : "") + "; "
        + (guardedReads ? "reads and writes need the token: not on loopback, no --public-read" : "writes need the token")
        + ")");
    out.println("  graph page: " + server.url());
    out.println("  SPARQL:     " + server.sparqlUrl());
    if (ingest) {
      out.println("  ingest:     " + server.url() + "api/ingest (POST, Authorization: Bearer <token>)");
    }
    out.println("  token:      " + (token.isPresent() ? "as given by --token" : AccessToken.file(store.path())));
    watch.forEach(d -> out.println("  watching:   " + d));
    feeds.forEach(f -> out.println("  feed:       " + f + " every " + poll.toMinutes() + " min"));
    out.flush();
  }

  private static void loadModelsInTheBackground(Engine engine) {
    Thread t = new Thread(() -> {
      long t0 = System.nanoTime();
      engine.processor().prepare();
      LOG.info("models loaded in {} s: ready to ingest", (System.nanoTime() - t0) / 1_000_000_000L);
    }, "load-models");
    t.setDaemon(true);
    t.start();
  }

  /** Stops the sources, forgets the address, stops the server and closes the store: once, whoever calls first. */
  private Runnable stopper(List<AutoCloseable> sources, ServerAddress address, GraphServer server, GraphStore graph) {
    AtomicBoolean stopped = new AtomicBoolean();
    return () -> {
      if (stopped.compareAndSet(false, true)) {
        for (AutoCloseable s : sources) {
          try {
            s.close();
          } catch (Exception e) {
            LOG.debug("stopping {}", s, e);
          }
        }
        address.remove(store.path());
        server.close();
        graph.close();
      }
    };
  }
}
