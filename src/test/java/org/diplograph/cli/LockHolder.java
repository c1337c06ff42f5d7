package org.diplograph.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.graph.GraphStore;

/**
 * Test helper run as its own process: opens the store given as argument (taking its lock) and waits for stdin
 * to close. {@link #holding} starts it; {@link #diplograph} starts the command line as the launcher does.
 */
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

  /**
   * A child JVM holding the store's lock, returned once it holds it; close its standard input (then wait
   * for it) to let it go.
   */
  static Process holding(Path store) throws IOException, InterruptedException {
    Process holder = java(LockHolder.class, List.of(store.toString())).redirectErrorStream(true).start();
    BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null && !line.equals("locked")) {
      // the holder's start-up logging
    }
    if (line == null) {
      throw new IOException("the lock holder ended without taking the lock (exit " + holder.waitFor() + ")");
    }
    return holder;
  }

  /** A process running {@code main} of this test class path with the given arguments. */
  static ProcessBuilder java(Class<?> main, List<String> args) {
    return java(System.getProperty("java.class.path"), main.getName(), args);
  }

  /**
   * A process running diplograph's {@link Main} as the launcher does: the compiled classes and the runtime
   * dependencies only (the test class path also holds Spark's provided jars, whose shaded XML parser
   * makes Jena log errors the launcher never shows).
   */
  static ProcessBuilder diplograph(List<String> args) throws IOException {
    Path deps = Path.of("target", "runtime-classpath.txt");
    if (!Files.isRegularFile(deps)) {
      throw new IOException(deps + " is missing: run the tests through Maven (process-test-classes writes it)");
    }
    String classPath = Path.of("target", "classes").toAbsolutePath() + File.pathSeparator
        + Files.readString(deps, StandardCharsets.UTF_8).strip();
    return java(classPath, Main.class.getName(), args);
  }

  private static ProcessBuilder java(String classPath, String main, List<String> args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp", classPath, main));
    command.addAll(args);
    return new ProcessBuilder(command);
  }
}
