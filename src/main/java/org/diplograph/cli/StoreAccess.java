package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.diplograph.graph.GraphStore;
import org.diplograph.server.ServerClient;

/**
 * Opens the store a reading command works on: directly, or, when a server holds it ({@link
 * ServerLocator}), as an in-memory copy of what the command needs fetched through the server, so that the
 * command's own code runs unchanged and prints the same output. Not thread-safe (one per command run).
 */
final class StoreAccess {
  private final StoreOption store;
  private final Optional<ServerClient> server;

  private StoreAccess(StoreOption store, Optional<ServerClient> server) {
    this.store = store;
    this.server = server;
  }

  /** Looks for a server holding the store (see {@link ServerLocator#find}). */
  static StoreAccess locate(StoreOption store, ServerOption option) {
    return new StoreAccess(store, ServerLocator.find(store, option));
  }

  /** The server to go through, if any. */
  Optional<ServerClient> server() {
    return server;
  }

  /** True when there is a server, or a store directory; otherwise says so on {@code err}. */
  boolean existsOrSay(String command, PrintWriter err) {
    return server.isPresent() || store.existsOrSay(command, err);
  }

  /** The whole store: opened directly, or a copy of all its graphs fetched from the server. */
  GraphStore openAll() {
    if (server.isEmpty()) {
      return GraphStore.open(store.path());
    }
    GraphStore copy = GraphStore.inMemory(store.toString());
    server.get().copyAll(copy);
    return copy;
  }

  /** The store for explaining {@code iri}: opened directly, or a copy of the graphs about it. */
  GraphStore openAbout(String iri) {
    if (server.isEmpty()) {
      return GraphStore.open(store.path());
    }
    GraphStore copy = GraphStore.inMemory(store.toString());
    server.get().copyAbout(iri, copy);
    return copy;
  }
}
