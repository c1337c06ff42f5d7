package org.diplograph.extract;

import java.time.LocalDate;
import org.diplograph.catalog.Catalog;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.resolve.MentionResolver;
import org.diplograph.resolve.TestDocs;

/**
 * The resolve and extract stages over hand-written, hand-segmented sentences (see {@link TestDocs}),
 * with the default catalog loaded once; model-free. Thread-safe.
 */
final class HandWrittenExtraction {
  private final MentionResolver resolver;
  private final EventExtractor extractor;
  private final LocalDate published;

  private HandWrittenExtraction(Catalog catalog, LocalDate published) {
    this.resolver = new MentionResolver(catalog);
    this.extractor = new EventExtractor(catalog);
    this.published = published;
  }

  /** Extraction of documents published on {@code published}, with the default catalog. */
  static HandWrittenExtraction publishedOn(LocalDate published) {
    return new HandWrittenExtraction(Catalog.loadDefault(), published);
  }

  /** The extraction of one document made of the sentences, one paragraph each. */
  DocumentExtraction of(String... sentences) {
    return extractor.extract(resolver.resolve(TestDocs.doc(published, sentences)));
  }
}
