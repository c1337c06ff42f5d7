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

  private Engine(Catalog catalog, DocumentProcessor processor) {
    this.catalog = catalog;
    this.processor = processor;
  }

  /** Loads the catalog and the models (tens of seconds, a few GB of heap). */
  public static Engine load() {
    Catalog catalog = Catalog.loadDefault();
    // only names of three characters or more: the segmenter splits those (岸田文雄, 布林肯), while
    // two-character entries such as 上合 would glue words across boundaries (海上合作)
    Set<String> words = catalog.surfaceForms().stream().filter(w -> w.length() >= 3)
        .collect(java.util.stream.Collectors.toSet());
    CoreNlpAnnotator nlp = CoreNlpAnnotator.load(new NlpConfig(words));
    return new Engine(catalog, new DocumentProcessor(nlp, catalog));
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
