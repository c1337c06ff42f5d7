package org.diplograph.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.diplograph.graph.GraphStore;
import org.diplograph.server.GraphServer;
import org.diplograph.server.ServerConfig;
import org.diplograph.server.ServerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: the SPARQL endpoint and the graph page over the store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the store over the SPARQL 1.1 protocol at /ds (query: /ds/sparql, /ds/query; "
        + "Graph Store Protocol reads: /ds/data, /ds/get), read-only unless --allow-update, and the "
        + "graph page at /.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "3030", paramLabel = "N",
      description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
      description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  String host;

  @Option(names = "--allow-update", description = "Open SPARQL Update (/ds/update) and Graph Store writes.")
  boolean allowUpdate;

  @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
      description = "Query timeout (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--max-results", defaultValue = "10000", paramLabel = "N",
      description = "Cap on result rows of a query (default: ${DEFAULT-VALUE}).")
  int maxResults;

  @Override
  public Integer call() {
    if (port < 0 || port > 65535 || timeoutSeconds <= 0 || maxResults <= 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "serve: --port must be 0..65535, --timeout and --max-results positive");
    }
    if (!store.existsOrSay("serve", spec.commandLine().getErr())) {
      return ExitCodes.FAILURE;
    }
    ServerConfig config = new ServerConfig(host, port, allowUpdate, Duration.ofSeconds(timeoutSeconds), maxResults);
    try (GraphStore graph = GraphStore.open(store.path()); GraphServer server = GraphServer.start(graph, config)) {
      var out = spec.commandLine().getOut();
      out.println("Serving " + store + " (" + (allowUpdate ? "read-write" : "read-only") + ")");
      out.println("  graph page: " + server.url());
      out.println("  SPARQL:     " + server.sparqlUrl());
      out.flush();
      server.join();
    } catch (ServerException e) {
      spec.commandLine().getErr().println("serve: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    return ExitCodes.OK;
  }
}
