package org.diplograph.cli;

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
        EvalCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:failure", "2:bad usage", "3:some inputs failed, the others were processed"})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** The configured command line, also used by tests. */
  static CommandLine newCommandLine() {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).setExpandAtFiles(false);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }
}
