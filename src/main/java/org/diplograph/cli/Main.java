package org.diplograph.cli;

import java.util.function.Supplier;
import org.diplograph.pipeline.Engine;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code diplograph} command and its subcommands. */
@Command(
    name = "diplograph",
    mixinStandardHelpOptions = true,
    version = "diplograph 0.1.0",
    description = "Turns Chinese diplomatic news into an RDF knowledge graph of actors and events.",
    subcommands = {ExtractCommand.class, BenchmarkCommand.class, QueryCommand.class, ExplainCommand.class, ExportCommand.class,
        ServeCommand.class,
        EvalCommand.class, SparkCommand.class, LoadCommand.class, CorpusCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:failure", "2:bad usage (also a SPARQL syntax error)",
        "3:some inputs failed, the others were processed"},
    footer = "%nAdd --debug anywhere to print the stack trace of an error.")
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    String[] rest = java.util.Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
    System.exit(newCommandLine(debug).execute(rest));
  }

  /** The configured command line, also used by tests; errors are one line each. */
  static CommandLine newCommandLine() {
    return newCommandLine(false);
  }

  /** As {@link #newCommandLine()}; with {@code debug}, errors also print their stack trace. */
  static CommandLine newCommandLine(boolean debug) {
    return newCommandLine(debug, Engine::lazy);
  }

  /**
   * As {@link #newCommandLine(boolean)}, with {@code engines} making the engine {@code extract} uses when it
   * opens the store itself (tests hand in the one engine their process has loaded).
   */
  static CommandLine newCommandLine(boolean debug, Supplier<Engine> engines) {
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        return cls == ExtractCommand.class ? cls.cast(new ExtractCommand(engines))
            : CommandLine.defaultFactory().create(cls);
      }
    };
    return new CommandLine(new Main(), factory).setCaseInsensitiveEnumValuesAllowed(true).setExpandAtFiles(false)
        .setExecutionExceptionHandler(new ErrorReport(debug));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }
}
