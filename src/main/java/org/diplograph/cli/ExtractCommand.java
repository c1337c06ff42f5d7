package org.diplograph.cli;

import com.google.common.io.Closer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.diplograph.catalog.Catalog;
import org.diplograph.export.GoldJsonWriter;
import org.diplograph.extract.EventExtractor;
import org.diplograph.export.RdfExporter;
import org.diplograph.export.RdfFormat;
import org.diplograph.export.StorePusher;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.Iris;
import org.diplograph.graph.OccurrenceSummary;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.EventType;
import org.diplograph.model.SourceDoc;
import org.diplograph.pipeline.BatchOptions;
import org.diplograph.pipeline.BatchResult;
import org.diplograph.pipeline.Engine;
import org.diplograph.pipeline.InputScan;
import org.diplograph.pipeline.OntologyGraph;
import org.diplograph.server.ServerClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code extract}: reads documents, extracts actors and events, stores them, exports them. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extracts actors and events from the inputs into the TDB2 store (one named graph per "
        + "document, replaced on re-runs; documents stored with the same content are skipped unless --force), "
        + "then updates the graph of occurrences (the same event reported by several documents as one node), "
        + "optionally exporting Turtle and gold-format JSON; with --sparql-endpoint, also writes the ontology "
        + "graph, the graph of every document it stores and then the occurrence graph to a remote SPARQL store. "
        + "While a `serve` holds the store (or with --server), the inputs are sent to it instead.")
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private final java.util.function.Supplier<Engine> engines;

  /** A command loading its engine lazily: the models load only if some document is new or changed. */
  ExtractCommand() {
    this(Engine::lazy);
  }

  ExtractCommand(java.util.function.Supplier<Engine> engines) {
    this.engines = engines;
  }

  @Mixin InputOptions input;

  @Mixin StoreOption store;

  @Mixin ServerOption server;

  @Mixin PushOptions push;

  @Option(names = "--turtle", paramLabel = "FILE", description = "Write the whole graph as Turtle to FILE.")
  Optional<Path> turtle = Optional.empty();

  @Option(names = "--json-out", paramLabel = "DIR", description = "Write one gold-format JSON file per document.")
  Optional<Path> jsonOut = Optional.empty();

  @Option(names = "--force",
      description = "Re-extract documents the store already holds with the same content (by default skipped).")
  boolean force;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    InputScan files = input.scan();
    if (files.files().isEmpty()) {
      spec.commandLine().getErr().println("extract: no input files");
      return ExitCodes.FAILURE;
    }
    BatchOptions options = input.batchOptions(spec);
    Optional<ServerClient> served = ServerLocator.find(store, server);
    if (served.isPresent()) {
      if (push.endpoint.isPresent()) {
        spec.commandLine().getErr().println("extract: a server holds " + store + "; --sparql-endpoint does not go "
            + "through it: push afterwards with `export --to URL`, or stop the server");
        return ExitCodes.FAILURE;
      }
      return new RemoteExtraction(served.get(), options, force, jsonOut)
          .run(files, Progress.forThisTerminal(), store.toString(), turtle, out);
    }
    Optional<StorePusher> remote = push.open(spec, Optional.empty(), store.path());
    Closer closer = Closer.create();
    remote.ifPresent(closer::register);
    // the ontology graph first: a wrong URL or password shows before the models load
    remote.ifPresent(r -> r.push(Iris.ONTOLOGY_GRAPH, OntologyGraph.of(Catalog.loadDefault()).getGraph()));
    Tally tally = new Tally();
    BatchResult result;
    try (GraphStore graph = GraphStore.open(store.path()); Closer c = closer) {
      Engine engine = engines.get(); // after the store opened: a store in use is said at once
      graph.replaceGraph(Iris.ONTOLOGY_GRAPH, OntologyGraph.of(engine.catalog()));
      GoldJsonWriter json = new GoldJsonWriter();
      // unchanged: same content, extracted by this very build of the extractor
      Predicate<SourceDoc> unchanged = doc -> !force
          && graph.contentHash(doc.id()).equals(Optional.of(doc.contentHash()))
          && graph.extractorVersion(doc.id()).equals(Optional.of(EventExtractor.VERSION));
      result = engine.batch(options).withProgress(Progress.forThisTerminal()).run(files, unchanged, x -> {
        graph.replaceDocumentMarkingOccurrences(x);
        remote.ifPresent(r -> r.pushDocument(graph, x.doc().id()));
        jsonOut.ifPresent(dir -> Io.unchecked(() -> json.write(x, dir)));
        tally.add(x);
        if (tally.documents.size() % COMPACT_EVERY == 0) {
          graph.compact(); // TDB2 keeps each transaction's blocks until compacted: ~3 MB per document
        }
      });
      if (turtle.isPresent()) {
        writeTurtle(graph, turtle.get());
      }
      OccurrenceSummary occurrences = graph.updateOccurrences(tally.documents);
      remote.ifPresent(r -> r.deleteGone(graph)); // documents the store no longer has leave the remote one too
      remote.ifPresent(r -> r.pushOccurrences(graph));
      if (!tally.documents.isEmpty()) {
        graph.compact();
      }
      Summary.print(out, result, tally.events, graph, occurrences);
      remote.ifPresent(r -> out.println(r.summary().line()));
    }
    return exitCode(result);
  }

  private static void writeTurtle(GraphStore graph, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream os = Files.newOutputStream(file)) {
      RdfExporter.export(graph, RdfFormat.TURTLE, os);
    }
  }

  static int exitCode(BatchResult result) {
    if (!result.hasErrors()) {
      return ExitCodes.OK;
    }
    return result.documents() > 0 ? ExitCodes.PARTIAL : ExitCodes.FAILURE;
  }

  /** Counts what this run extracted. */
  /** Documents stored between two compactions of the store. */
  private static final int COMPACT_EVERY = 500;

  private static final class Tally {
    final Map<EventType, Integer> events = new EnumMap<>(EventType.class);
    final java.util.List<String> documents = new java.util.ArrayList<>();

    void add(DocumentExtraction x) {
      documents.add(x.doc().id());
      x.events().forEach(e -> events.merge(e.type(), 1, Integer::sum));
    }
  }
}
