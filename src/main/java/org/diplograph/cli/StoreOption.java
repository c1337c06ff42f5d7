package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option of every command that works on the TDB2 store. */
final class StoreOption {
  @Option(names = "--store", defaultValue = "data/store", paramLabel = "DIR",
      description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
  Path store = Path.of("data/store");

  Path path() {
    return store;
  }

  /** True when the store exists; otherwise tells the user on {@code err} which one is missing. */
  boolean existsOrSay(String command, PrintWriter err) {
    if (Files.isDirectory(store)) {
      return true;
    }
    err.println(command + ": no store at " + store + " (run extract first)");
    err.flush();
    return false;
  }

  @Override
  public String toString() {
    return store.toString();
  }
}
