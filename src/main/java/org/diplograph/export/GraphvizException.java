package org.diplograph.export;

/** Graphviz is missing or failed to render; the message says which. */
public final class GraphvizException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  GraphvizException(String message) {
    super(message);
  }

  GraphvizException(String message, Throwable cause) {
    super(message, cause);
  }
}
