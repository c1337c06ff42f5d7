package org.diplograph.catalog;

/**
 * The knowledge could not be loaded: a file is missing or unreadable, is not valid Turtle, or its content
 * contradicts the catalog's rules (a name claimed by two actors, a reference to an unknown actor).
 */
public final class CatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;

  /**
   * @param source the knowledge file (or the resource) the problem was found in
   * @param message what is wrong
   */
  public CatalogException(String source, String message) {
    super(source + ": " + message);
    this.source = source;
  }

  /** As {@link #CatalogException(String, String)}, with the underlying failure. */
  public CatalogException(String source, String message, Throwable cause) {
    super(source + ": " + message, cause);
    this.source = source;
  }

  /** The knowledge file or resource the problem was found in. */
  public String source() {
    return source;
  }
}
