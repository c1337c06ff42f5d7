package org.diplograph.pipeline;

import java.util.Set;
import org.diplograph.catalog.Catalog;
import org.diplograph.ingest.DocumentReader;
import org.diplograph.nlp.CoreNlpAnnotator;
import org.diplograph.nlp.NlpConfig;
import org.jspecify.annotations.Nullable;

/**
 * The loaded extraction engine of a process: the catalog and the CoreNLP Chinese pipeline (loaded
 * once, fed the catalog's names as segmenter dictionary words), shared by all threads.
 */
public final class Engine {
  private static volatile @Nullable Engine shared;

  private final Catalog catalog;
  private final DocumentProcessor processor;
  private final java.util.function.BooleanSupplier modelsLoaded;

  private Engine(Catalog catalog, DocumentProcessor processor, java.util.function.BooleanSupplier modelsLoaded) {
    this.catalog = catalog;
    this.processor = processor;
    this.modelsLoaded = modelsLoaded;
  }

  /** Loads the catalog and the models (tens of seconds, a few GB of heap). */
  public static Engine load() {
    Catalog catalog = Catalog.loadDefault();
    return new Engine(catalog, new DocumentProcessor(CoreNlpAnnotator.load(nlpConfig(catalog)), catalog), () -> true);
  }

  /**
   * Loads the catalog now and the models only when the first document is extracted (or {@link
   * DocumentProcessor#prepare()} is called): a run that finds nothing new never pays for them.
   */
  public static Engine lazy() {
    Catalog catalog = Catalog.loadDefault();
    NlpConfig config = nlpConfig(catalog);
    LazyTokenAnnotator tokens = new LazyTokenAnnotator(() -> CoreNlpAnnotator.load(config));
    return new Engine(catalog, new DocumentProcessor(tokens, catalog), tokens::loaded);
  }

  /** An engine over a token annotator of the caller's (tests: a hand-written one; no models). */
  public static Engine with(Catalog catalog, org.diplograph.nlp.TokenAnnotator tokens) {
    return new Engine(catalog, new DocumentProcessor(tokens, catalog), () -> true);
  }

  /** Whether the CoreNLP models are in memory (always for {@link #load()}, after the first document for {@link #lazy()}). */
  public boolean modelsLoaded() {
    return modelsLoaded.getAsBoolean();
  }

  private static NlpConfig nlpConfig(Catalog catalog) {
    // only names of three characters or more: the segmenter splits those (岸田文雄, 布林肯), while
    // two-character entries such as 上合 would glue words across boundaries (海上合作)
    Set<String> words = catalog.surfaceForms().stream().filter(w -> w.length() >= 3)
        .collect(java.util.stream.Collectors.toSet());
    return new NlpConfig(words);
  }

  /**
   * The process's one engine, loaded by the first caller (the others wait for it), for hosts that cannot
   * hand an engine to their workers: a Spark executor's tasks all run in one JVM and must share the models
   * rather than load them once per task or partition. Tests running several model-loading classes in one
   * JVM use it for the same reason. Thread-safe.
   */
  public static Engine shared() {
    Engine e = shared;
    if (e == null) {
      synchronized (Engine.class) {
        e = shared;
        if (e == null) {
          e = load();
          shared = e;
        }
      }
    }
    return e;
  }

  public Catalog catalog() {
    return catalog;
  }

  public DocumentProcessor processor() {
    return processor;
  }

  /** A batch runner over this engine with the given number of extraction threads and the default limits. */
  public BatchRunner batch(int threads) {
    return batch(BatchOptions.withThreads(threads));
  }

  /** A batch runner over this engine with the given options, reading {@code -} from {@link System#in}. */
  public BatchRunner batch(BatchOptions options) {
    return new BatchRunner(new DocumentReader(options.maxInputBytes()), processor, options, System.in);
  }
}
