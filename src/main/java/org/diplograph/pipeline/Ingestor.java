package org.diplograph.pipeline;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.diplograph.extract.EventExtractor;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.Iris;
import org.diplograph.graph.OccurrenceSummary;
import org.diplograph.ingest.DocumentReader;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.EventType;
import org.diplograph.model.SourceDoc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer of a served store: extracts inputs handed to it (an upload, a file dropped into a
 * watched folder, a polled feed) with the engine loaded once, stores each document in its own write
 * transaction and brings the occurrences up to date for those documents only. Documents the store holds
 * with the same content from the same extractor are skipped unless forced. One input at a time
 * (calls are serialised); thread-safe. {@link #generation()} grows with every input that stored a document,
 * so that a page can tell the graph changed.
 */
public final class Ingestor {
  private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);
  private final Engine engine;
  private final GraphStore store;
  private final AtomicLong generation = new AtomicLong();
  /** Content hashes seen per client batch, so that repeats across the files of one batch are skipped. */
  private final Cache<String, Set<String>> batches =
      CacheBuilder.newBuilder().expireAfterAccess(Duration.ofHours(1)).maximumSize(1000).build();

  private Ingestor(Engine engine, GraphStore store) {
    this.engine = engine;
    this.store = store;
  }

  /** An ingestor writing to {@code store}; writes the ontology graph of the engine's catalog first. */
  public static Ingestor of(Engine engine, GraphStore store) {
    checkNotNull(engine, "engine");
    checkNotNull(store, "store");
    store.replaceGraph(Iris.ONTOLOGY_GRAPH, OntologyGraph.of(engine.catalog()));
    return new Ingestor(engine, store);
  }

  /** The store written to. */
  public GraphStore store() {
    return store;
  }

  /** The engine extracting. */
  public Engine engine() {
    return engine;
  }

  /** How many inputs have stored at least one document since start-up. */
  public long generation() {
    return generation.get();
  }

  /**
   * Reads {@code content} as the file {@code sourceName} (its stem names the document; a feed gives one
   * document per item), extracts what is new and stores it.
   *
   * @param request the batch options, whether to re-extract unchanged documents, the client's batch
   * @param sink also told about each stored extraction (for example, to return its gold JSON)
   */
  public synchronized IngestReport ingest(String sourceName, byte[] content, IngestRequest request,
      Consumer<DocumentExtraction> sink) {
    Map<EventType, Integer> events = new EnumMap<>(EventType.class);
    List<String> stored = new ArrayList<>();
    BatchRunner runner = runner(request);
    long t0 = System.nanoTime();
    BatchResult result = runner.run(sourceName, content, unchanged(store, request.force()), x -> {
      store.replaceDocumentMarkingOccurrences(x);
      stored.add(x.doc().id());
      x.events().forEach(e -> events.merge(e.type(), 1, Integer::sum));
      sink.accept(x);
    });
    long t1 = System.nanoTime();
    OccurrenceSummary occurrences = stored.isEmpty() ? store.occurrenceSummary() : store.updateOccurrences(stored);
    if (!stored.isEmpty()) {
      generation.incrementAndGet();
    }
    long t2 = System.nanoTime();
    IngestReport report = new IngestReport(result, events, stored, store.summary(), occurrences);
    LOG.debug("{}: read, extract and store {} ms, occurrences {} ms, store summary {} ms", sourceName,
        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
    return report;
  }

  private BatchRunner runner(IngestRequest request) {
    DocumentReader reader = new DocumentReader(request.options().maxInputBytes());
    if (request.stableFeedIds()) {
      reader = reader.withStableFeedIds();
    }
    BatchRunner runner = new BatchRunner(reader, engine.processor(), request.options(), InputStream.nullInputStream());
    return request.batch().map(b -> runner.withSeenContent(seen(b))).orElse(runner);
  }

  private Set<String> seen(String batch) {
    try {
      return batches.get(batch, ConcurrentHashMap::newKeySet);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * True for a document {@code store} holds with the same content, extracted by this very build of the
   * extractor (never when {@code force}).
   */
  public static Predicate<SourceDoc> unchanged(GraphStore store, boolean force) {
    return doc -> !force
        && store.contentHash(doc.id()).equals(Optional.of(doc.contentHash()))
        && store.extractorVersion(doc.id()).equals(Optional.of(EventExtractor.VERSION));
  }
}
