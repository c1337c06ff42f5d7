package org.diplograph.cli;

import java.util.Arrays;
import picocli.CommandLine;

/**
 * The main class of the job jar for {@code spark-submit}: the {@code spark} command alone (its options, its
 * exit codes), so that the rest of the command line (the SPARQL server among it) is not needed on a cluster.
 */
public final class SparkJobMain {
  private SparkJobMain() {}

  public static void main(String[] args) {
    boolean debug = Arrays.asList(args).contains("--debug");
    String[] rest = Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
    int code = new CommandLine(new SparkCommand()).setExpandAtFiles(false)
        .setExecutionExceptionHandler(new ErrorReport(debug)).execute(rest);
    System.exit(code);
  }
}
