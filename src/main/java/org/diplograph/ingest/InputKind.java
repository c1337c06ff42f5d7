package org.diplograph.ingest;

/** The kinds of input {@link DocumentReader} understands, told apart by content, not by file name. */
public enum InputKind {
  /** A PDF file (starts with the {@code %PDF-} magic): its text layer is extracted page by page. */
  PDF,
  /** An RSS 0.9x/1.0/2.0 or Atom feed: one document per item. */
  FEED,
  /** {@code <!--EPOCH_MS-->}, {@code [title](url)}, a dash line, then an HTML body. */
  SEED,
  /** An HTML page or fragment. */
  HTML,
  /** Text extracted from a PDF: hard-wrapped lines, spaces between CJK characters, footnotes. */
  PDF_TEXT,
  /** Plain text: one paragraph per line or per blank-line separated block. */
  PLAIN_TEXT
}
