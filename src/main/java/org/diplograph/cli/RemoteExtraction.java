package org.diplograph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.diplograph.export.RdfFormat;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.OccurrenceSummary;
import org.diplograph.graph.StoreSummary;
import org.diplograph.ingest.DocumentReader;
import org.diplograph.model.ActorType;
import org.diplograph.model.Diagnostic;
import org.diplograph.model.EventType;
import org.diplograph.pipeline.BatchOptions;
import org.diplograph.pipeline.BatchProgress;
import org.diplograph.pipeline.BatchResult;
import org.diplograph.pipeline.InputScan;
import org.diplograph.server.ServerClient;

/**
 * {@code extract} through a running server: sends each input file to the server's ingest endpoint (one
 * request a file, all of one batch, so repeated content across files is skipped as in one local run),
 * gathers the server's reports and prints the same summary as a local run. Not thread-safe.
 */
final class RemoteExtraction {
  private final ServerClient server;
  private final BatchOptions options;
  private final boolean force;
  private final Optional<Path> jsonOut;
  private final String batch = UUID.randomUUID().toString();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<EventType, Integer> events = new EnumMap<>(EventType.class);
  private int documents;
  private int duplicates;
  private int unchanged;
  private JsonNode last;

  RemoteExtraction(ServerClient server, BatchOptions options, boolean force, Optional<Path> jsonOut) {
    this.server = server;
    this.options = options;
    this.force = force;
    this.jsonOut = jsonOut;
  }

  /** Sends the files, writes the Turtle export if asked, prints the summary; returns the exit code. */
  int run(InputScan files, BatchProgress progress, String storeName, Optional<Path> turtle, PrintWriter out)
      throws IOException {
    long t0 = System.nanoTime();
    diagnostics.addAll(files.problems());
    List<Path> inputs = files.files();
    progress.started(inputs.size());
    try {
      for (int i = 0; i < inputs.size(); i++) {
        send(inputs.get(i));
        progress.delivered(i + 1, inputs.size(), inputs.get(i).toString());
      }
    } finally {
      progress.finished();
    }
    BatchResult result = new BatchResult(inputs.size(), documents, duplicates, unchanged, diagnostics,
        Duration.ofNanos(System.nanoTime() - t0));
    StoreSummary store;
    OccurrenceSummary occurrences;
    if (turtle.isPresent()) {
      writeTurtle(turtle.get());
    }
    if (last == null) {
      try (GraphStore copy = GraphStore.inMemory(storeName)) {
        server.copyAll(copy);
        store = copy.summary();
        occurrences = copy.occurrenceSummary();
      }
    } else {
      store = storeSummary(last.path("store"));
      occurrences = occurrenceSummary(last.path("occurrences"));
    }
    Summary.print(out, result, events, storeName, store, occurrences);
    return ExtractCommand.exitCode(result);
  }

  private void send(Path file) throws IOException {
    byte[] content;
    try {
      content = read(file);
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(file.toString(), "cannot read: " + e));
      return;
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put("batch", batch);
    params.put("force", Boolean.toString(force));
    params.put("threads", Integer.toString(options.threads()));
    params.put("doc-timeout", Long.toString(Math.max(1, options.documentTimeout().toSeconds())));
    params.put("max-input-mb", Long.toString(Math.max(1, options.maxInputBytes() / (1024 * 1024))));
    params.put("gold", Boolean.toString(jsonOut.isPresent()));
    JsonNode r = server.ingest(file.toString(), content, params);
    documents += r.path("documents").asInt();
    duplicates += r.path("duplicates").asInt();
    unchanged += r.path("unchanged").asInt();
    r.path("diagnostics").forEach(d -> diagnostics.add(new Diagnostic(d.path("source").asText(),
        Diagnostic.Severity.valueOf(d.path("severity").asText()), d.path("message").asText())));
    r.path("events").fields().forEachRemaining(e -> events.merge(EventType.valueOf(e.getKey()), e.getValue().asInt(),
        Integer::sum));
    if (jsonOut.isPresent()) {
      writeGold(r.path("gold"), jsonOut.get());
    }
    last = r;
  }

  private static byte[] read(Path file) throws IOException {
    if (file.toString().equals(DocumentReader.STDIN)) {
      try (InputStream in = System.in) {
        return in.readAllBytes();
      }
    }
    return Files.readAllBytes(file);
  }

  private static void writeGold(JsonNode gold, Path dir) throws IOException {
    Files.createDirectories(dir);
    var fields = gold.fields();
    while (fields.hasNext()) {
      var e = fields.next();
      Files.writeString(dir.resolve(e.getKey() + ".json"), e.getValue().asText(), StandardCharsets.UTF_8);
    }
  }

  private void writeTurtle(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream os = Files.newOutputStream(file)) {
      server.exportRdf(RdfFormat.TURTLE.name(), os);
    }
  }

  private static StoreSummary storeSummary(JsonNode s) {
    Map<ActorType, Long> actors = new EnumMap<>(ActorType.class);
    for (ActorType t : ActorType.values()) {
      actors.put(t, s.path("actorsByType").path(t.name()).asLong());
    }
    Map<EventType, Long> eventsByType = new EnumMap<>(EventType.class);
    for (EventType t : EventType.values()) {
      eventsByType.put(t, s.path("eventsByType").path(t.name()).asLong());
    }
    return new StoreSummary(s.path("quads").asLong(), s.path("documents").asLong(), actors, eventsByType);
  }

  private static OccurrenceSummary occurrenceSummary(JsonNode o) {
    return new OccurrenceSummary(o.path("occurrences").asInt(), o.path("mentions").asInt(),
        o.path("documents").asInt(), o.path("reportedBySeveral").asInt());
  }
}
