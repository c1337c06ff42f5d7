package org.diplograph.ingest;

/**
 * One line of PDF-extracted text with its role.
 *
 * @param kind what the line is
 * @param text the line without leading and trailing spaces
 * @param indented whether the line starts with an ideographic-space indent (a paragraph start)
 */
record PdfLine(Kind kind, String text, boolean indented) {
  /** The roles a line of PDF-extracted text can have. */
  enum Kind {
    TITLE,
    HEADING,
    BODY,
    /** Footnote text, citations, URLs, access dates: dropped. */
    FOOTNOTE,
    /** Page numbers and other lines of digits and punctuation only: dropped. */
    PAGE_NUMBER,
    /** Running headers and footers repeated on many pages: dropped. */
    RUNNING_HEADER,
    /** Front-matter labels such as keywords: dropped. */
    METADATA,
    BLANK;

    /** True when lines of this kind are document text. */
    boolean isText() {
      return this == TITLE || this == HEADING || this == BODY;
    }
  }
}
