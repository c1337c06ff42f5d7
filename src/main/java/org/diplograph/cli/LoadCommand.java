package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.diplograph.catalog.Catalog;
import org.diplograph.graph.BulkLoadSummary;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.Iris;
import org.diplograph.graph.OccurrenceSummary;
import org.diplograph.graph.StoreSummary;
import org.diplograph.pipeline.OntologyGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code load}: bulk-loads the N-Quads part files of a {@code spark} run into the TDB2 store. */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Bulk-loads the N-Quads part files a `spark` run wrote (DIR/quads/part-*) into the TDB2 store "
        + "with Jena's TDB2 loader, replacing the graphs of documents the store already holds, then rebuilds "
        + "the graph of occurrences as `extract` does.")
final class LoadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The --output folder of a `spark` run (or a folder of part files).")
  Path dir;

  @Mixin StoreOption store;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> parts = partFiles(dir);
    if (parts.isEmpty()) {
      spec.commandLine().getErr().println("load: no part files (part-*) in " + quadsDir(dir));
      spec.commandLine().getErr().flush();
      return ExitCodes.FAILURE;
    }
    long t0 = System.nanoTime();
    try (GraphStore graph = GraphStore.open(store.path())) {
      graph.replaceGraph(Iris.ONTOLOGY_GRAPH, OntologyGraph.of(Catalog.loadDefault()));
      BulkLoadSummary loaded = graph.bulkReplace(parts);
      OccurrenceSummary occurrences = graph.rebuildOccurrences();
      StoreSummary s = graph.summary();
      out.printf(Locale.ROOT, "Loaded %d part file(s): %d document graph(s), %d of them replaced, %d quads, in %.1f s%n",
          loaded.files(), loaded.graphs(), loaded.replaced(), loaded.quads(), (System.nanoTime() - t0) / 1e9);
      out.printf(Locale.ROOT, "Store %s: %d document(s), %d quads%n", graph.directory(), s.documents(), s.quads());
      out.printf(Locale.ROOT, "  actors by type: %s%n", s.actorsByType());
      out.printf(Locale.ROOT, "  events by type: %s%n", s.eventsByType());
      out.println(Summary.occurrenceLine(occurrences));
    }
    long dead = deadLetters(dir);
    if (dead > 0) {
      out.printf(Locale.ROOT, "%d input(s) or document(s) failed in the Spark run: see %s%n", dead,
          dir.resolve("dead-letters"));
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** DIR/quads when a `spark` output, else DIR itself. */
  private static Path quadsDir(Path dir) {
    Path quads = dir.resolve("quads");
    return Files.isDirectory(quads) ? quads : dir;
  }

  private static List<Path> partFiles(Path dir) throws IOException {
    Path quads = quadsDir(dir);
    if (!Files.isDirectory(quads)) {
      throw new NoSuchFileException(quads.toString());
    }
    try (Stream<Path> files = Files.list(quads)) {
      return files.filter(f -> f.getFileName().toString().startsWith("part-") && Files.isRegularFile(f))
          .sorted().toList();
    }
  }

  private static long deadLetters(Path dir) throws IOException {
    Path folder = dir.resolve("dead-letters");
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    long lines = 0;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
        try (Stream<String> l = Files.lines(f, StandardCharsets.UTF_8)) {
          lines += l.filter(s -> !s.isBlank()).count();
        }
      }
    }
    return lines;
  }
}
