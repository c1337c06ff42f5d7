package org.diplograph.cli;

import java.nio.file.Path;
import org.diplograph.graph.GraphStore;

/** Test helper run as its own process: opens the store given as argument (taking its lock) and waits for stdin to close. */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
      store.quadCount();
      System.out.println("locked");
      System.out.flush();
      System.in.read();
    }
  }
}
