package org.diplograph.ingest;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a format parser found in one document, before the id, script and hash are added.
 *
 * @param title the headline, empty if none
 * @param url the article address, if the input names one
 * @param published the publication date, if the input gives one
 * @param paragraphs clean text paragraphs in document order, none blank
 */
public record ParsedDocument(
    String title, Optional<String> url, Optional<LocalDate> published, List<String> paragraphs) {

  public ParsedDocument {
    checkNotNull(title, "title");
    checkNotNull(url, "url");
    checkNotNull(published, "published");
    paragraphs = List.copyOf(paragraphs);
  }

  /** A document with the given metadata and paragraphs. */
  public static ParsedDocument of(
      String title, Optional<String> url, Optional<LocalDate> published, List<String> paragraphs) {
    return new ParsedDocument(title, url, published, paragraphs);
  }

  /** A document with paragraphs only: no title, url or date. */
  public static ParsedDocument ofParagraphs(List<String> paragraphs) {
    return new ParsedDocument("", Optional.empty(), Optional.empty(), paragraphs);
  }
}
