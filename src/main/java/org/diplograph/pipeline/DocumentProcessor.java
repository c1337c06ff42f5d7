package org.diplograph.pipeline;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.diplograph.catalog.Catalog;
import org.diplograph.extract.EventExtractor;
import org.diplograph.model.AnnotatedDoc;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.ResolvedDoc;
import org.diplograph.model.SourceDoc;
import org.diplograph.nlp.DocumentAnnotator;
import org.diplograph.nlp.TokenAnnotator;
import org.diplograph.resolve.MentionResolver;

/**
 * One document in, the statements of its named graph out: annotate, resolve, extract. A pure
 * function of the document given the models and the catalog; thread-safe, share one instance.
 */
public final class DocumentProcessor {
  private final DocumentAnnotator annotator;
  private final MentionResolver resolver;
  private final EventExtractor extractor;

  public DocumentProcessor(TokenAnnotator tokens, Catalog catalog) {
    this.annotator = new DocumentAnnotator(tokens);
    this.resolver = new MentionResolver(catalog);
    this.extractor = new EventExtractor(catalog);
  }

  /** Loads what a lazily built processor has not loaded yet (the models); a no-op otherwise. */
  public void prepare() {
    annotator.prepare();
  }

  /** The extraction of one document. */
  public DocumentExtraction process(SourceDoc doc) {
    return process(doc, () -> false);
  }

  /**
   * The extraction of one document, given up (between two sentences of the NLP stage, or between two
   * stages) once {@code cancelled} is true.
   *
   * @throws CancellationException when cancelled before the extraction was complete
   */
  public DocumentExtraction process(SourceDoc doc, BooleanSupplier cancelled) {
    return process(doc, cancelled, new StageTimes());
  }

  /**
   * As {@link #process(SourceDoc, BooleanSupplier)}, adding the time of each stage (NLP, resolve,
   * extract) to {@code times}.
   */
  public DocumentExtraction process(SourceDoc doc, BooleanSupplier cancelled, StageTimes times) {
    long t0 = System.nanoTime();
    AnnotatedDoc annotated = annotator.annotate(doc, cancelled);
    long t1 = System.nanoTime();
    times.add(Stage.NLP, t1 - t0);
    checkNotCancelled(doc, cancelled);
    ResolvedDoc resolved = resolver.resolve(annotated);
    long t2 = System.nanoTime();
    times.add(Stage.RESOLVE, t2 - t1);
    checkNotCancelled(doc, cancelled);
    DocumentExtraction extraction = extractor.extract(resolved);
    times.add(Stage.EXTRACT, System.nanoTime() - t2);
    return extraction;
  }

  private static void checkNotCancelled(SourceDoc doc, BooleanSupplier cancelled) {
    if (cancelled.getAsBoolean()) {
      throw new CancellationException(doc.id() + ": extraction cancelled");
    }
  }
}
