package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** A command run in-process, as the tests of the CLI make it: exit code, standard output and error. */
record CliRun(int code, String out, String err) {

  /** Runs the default command line. */
  static CliRun run(String... args) {
    return run(Main.newCommandLine(), args);
  }

  /** Runs {@code cli}, capturing what it writes to its own writers. */
  static CliRun run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** What a successful run of {@code cli} prints on {@code System.out} (exports and query results go there). */
  static String stdout(CommandLine cli, String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      CliRun r = run(cli, args);
      assertEquals(0, r.code(), r.err());
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The arguments followed by the inputs. */
  static String[] with(List<String> inputs, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(inputs);
    return all.toArray(String[]::new);
  }
}
