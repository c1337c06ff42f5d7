package org.diplograph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QueryExecution;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.QueryResultWriter;
import org.diplograph.graph.ResultFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code query}: runs a SPARQL query over the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Runs a SPARQL query over all graphs of the store (prefixes dg:, org:, prov:, skos:, "
        + "country:, … are predeclared).")
final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SPARQL|@FILE|-",
      description = "The query text, @FILE to read it from a file, or - for standard input.")
  String query;

  @Mixin StoreOption store;

  @Mixin ServerOption server;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT",
      description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}); CONSTRUCT/DESCRIBE give Turtle.")
  String format;

  @Override
  public Integer call() throws IOException {
    ResultFormat fmt;
    try {
      fmt = ResultFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "query: unknown format " + format);
    }
    StoreAccess access = StoreAccess.locate(store, server);
    if (!access.existsOrSay("query", spec.commandLine().getErr())) {
      return ExitCodes.FAILURE;
    }
    String sparql = text(query);
    PrintStream out = System.out;
    try {
      if (access.server().isPresent()) {
        // parsed here, with the same predeclared prefixes, so a syntax error reads as in direct mode
        try (QueryExecution qe = access.server().get().query(GraphStore.parse(sparql))) {
          QueryResultWriter.write(qe, fmt, out);
        }
      } else {
        try (GraphStore graph = GraphStore.open(store.path())) {
          graph.query(sparql, fmt, out);
        }
      }
      out.flush();
      return ExitCodes.OK;
    } catch (QueryParseException e) {
      spec.commandLine().getErr().println("query: bad SPARQL: " + String.valueOf(e.getMessage()).strip().split("\\R", 2)[0]);
      return ExitCodes.USAGE;
    }
  }

  static String text(String arg) throws IOException {
    if (arg.equals("-")) {
      try (InputStream in = System.in) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return arg.startsWith("@") ? Files.readString(Path.of(arg.substring(1)), StandardCharsets.UTF_8) : arg;
  }
}
