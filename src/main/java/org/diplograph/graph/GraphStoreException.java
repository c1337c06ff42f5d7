package org.diplograph.graph;

/** The on-disk store could not be opened or written: the message names the store's directory. */
public final class GraphStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GraphStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
