package org.diplograph.pipeline;

import org.diplograph.catalog.Catalog;
import org.diplograph.extract.EventExtractor;
import org.diplograph.model.DocumentExtraction;
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

  /** The extraction of one document. */
  public DocumentExtraction process(SourceDoc doc) {
    return extractor.extract(resolver.resolve(annotator.annotate(doc)));
  }
}
