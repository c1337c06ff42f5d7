package org.diplograph.ingest;

/** The kinds of input {@link DocumentReader} understands, told apart by content, not by file name. */
public enum InputKind {
  /** {@code <!--EPOCH_MS-->}, {@code [title](url)}, a dash line, then an HTML body. */
  SEED,
  /** An HTML page or fragment. */
  HTML,
  /** Text extracted from a PDF: hard-wrapped lines, spaces between CJK characters, footnotes. */
  PDF_TEXT,
  /** Plain text: one paragraph per line or per blank-line separated block. */
  PLAIN_TEXT
}
