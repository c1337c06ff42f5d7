package org.diplograph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.diplograph.export.RdfExporter;
import org.diplograph.export.RdfFormat;
import org.diplograph.graph.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export}: writes the store in a standard RDF syntax. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Exports the store as Turtle (all graphs merged), TriG or N-Quads (named graphs kept) "
        + "or JSON-LD.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "turtle", paramLabel = "FMT",
      description = "turtle, trig, nquads or jsonld (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--store", defaultValue = "data/store", paramLabel = "DIR",
      description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
  Optional<Path> out = Optional.empty();

  @Override
  public Integer call() throws IOException {
    RdfFormat fmt;
    try {
      fmt = RdfFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "export: unknown format " + format);
    }
    if (!Files.isDirectory(store)) {
      spec.commandLine().getErr().println("export: no store at " + store + " (run extract first)");
      return ExitCodes.FAILURE;
    }
    try (GraphStore graph = GraphStore.open(store)) {
      if (out.isPresent()) {
        try (OutputStream os = Files.newOutputStream(out.get())) {
          RdfExporter.export(graph, fmt, os);
        }
      } else {
        RdfExporter.export(graph, fmt, System.out);
        System.out.flush();
      }
    }
    return ExitCodes.OK;
  }
}
