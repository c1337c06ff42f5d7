package org.diplograph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Runs an I/O action inside a lambda, rethrowing its failure unchecked with its message. */
final class Io {
  interface Action {
    Object run() throws IOException;
  }

  private Io() {}

  static void unchecked(Action action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }
}
