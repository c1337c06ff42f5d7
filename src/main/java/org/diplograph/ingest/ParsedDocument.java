package org.diplograph.ingest;

import static com.google.common.base.Preconditions.checkArgument;
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
 * @param outlet the outlet named by the input's metadata (site name, feed title), if any; when empty the
 *     outlet is taken from the URL host
 * @param paragraphs clean text paragraphs in document order, none blank
 * @param pageOfParagraph for paged input (PDF), the 1-based page on which each paragraph starts, parallel
 *     to {@code paragraphs}; empty for input without pages
 */
public record ParsedDocument(
    String title,
    Optional<String> url,
    Optional<LocalDate> published,
    Optional<String> outlet,
    List<String> paragraphs,
    List<Integer> pageOfParagraph) {

  public ParsedDocument {
    checkNotNull(title, "title");
    checkNotNull(url, "url");
    checkNotNull(published, "published");
    checkNotNull(outlet, "outlet");
    paragraphs = List.copyOf(paragraphs);
    pageOfParagraph = List.copyOf(pageOfParagraph);
    checkArgument(pageOfParagraph.isEmpty() || pageOfParagraph.size() == paragraphs.size(),
        "pageOfParagraph has %s entries for %s paragraphs", pageOfParagraph.size(), paragraphs.size());
  }

  /** A document with the given metadata and paragraphs, no outlet and no pages. */
  public static ParsedDocument of(
      String title, Optional<String> url, Optional<LocalDate> published, List<String> paragraphs) {
    return new ParsedDocument(title, url, published, Optional.empty(), paragraphs, List.of());
  }

  /** A document with paragraphs only: no title, url or date. */
  public static ParsedDocument ofParagraphs(List<String> paragraphs) {
    return of("", Optional.empty(), Optional.empty(), paragraphs);
  }

  /** This document with the given outlet (empty to leave it to the URL host). */
  public ParsedDocument withOutlet(Optional<String> newOutlet) {
    return new ParsedDocument(title, url, published, newOutlet, paragraphs, pageOfParagraph);
  }

  /** This document with the start page of each paragraph; the list must match the paragraphs. */
  public ParsedDocument withPages(List<Integer> pages) {
    return new ParsedDocument(title, url, published, outlet, paragraphs, pages);
  }
}
