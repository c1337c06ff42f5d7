package org.diplograph.ingest;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An input that cannot be read as a document: not text in a known encoding, binary, empty, too large, or a
 * broken header. Carries the
 * source (path or "-") and what is wrong, so that a batch can record it and go on with the next input.
 */
public final class IngestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String problem;

  /** An unreadable input; {@code problem} says what is wrong in words a person can act on. */
  public IngestException(String source, String problem) {
    super(checkNotNull(source) + ": " + checkNotNull(problem));
    this.source = source;
    this.problem = problem;
  }

  /** An unreadable input, with the underlying cause (usually an I/O failure). */
  public IngestException(String source, String problem, Throwable cause) {
    super(checkNotNull(source) + ": " + checkNotNull(problem), cause);
    this.source = source;
    this.problem = problem;
  }

  /** The path (or "-" for standard input) of the input that failed. */
  public String source() {
    return source;
  }

  /** What is wrong with the input, without the source. */
  public String problem() {
    return problem;
  }
}
