package org.diplograph.pipeline;

import org.diplograph.catalog.Catalog;
import org.diplograph.ingest.DocumentReader;
import org.diplograph.nlp.CoreNlpAnnotator;
import org.diplograph.nlp.NlpConfig;

/**
 * The loaded extraction engine of a process: the catalog and the CoreNLP Chinese pipeline (loaded
 * once, fed the catalog's names as segmenter dictionary words), shared by all threads.
 */
public final class Engine {
  private final Catalog catalog;
  private final DocumentProcessor processor;

  private Engine(Catalog catalog, DocumentProcessor processor) {
    this.catalog = catalog;
    this.processor = processor;
  }

  /** Loads the catalog and the models (tens of seconds, a few GB of heap). */
  public static Engine load() {
    Catalog catalog = Catalog.loadDefault();
    CoreNlpAnnotator nlp = CoreNlpAnnotator.load(new NlpConfig(catalog.surfaceForms()));
    return new Engine(catalog, new DocumentProcessor(nlp, catalog));
  }

  public Catalog catalog() {
    return catalog;
  }

  public DocumentProcessor processor() {
    return processor;
  }

  /** A batch runner over this engine with the given number of extraction threads. */
  public BatchRunner batch(int threads) {
    return new BatchRunner(new DocumentReader(), processor, threads);
  }
}
