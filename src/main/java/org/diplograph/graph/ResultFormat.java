package org.diplograph.graph;

import java.util.Locale;

/**
 * How {@link GraphStore#query} writes SELECT and ASK results. CONSTRUCT and DESCRIBE results are
 * always Turtle.
 */
public enum ResultFormat {
  /** An aligned text table, for people. */
  TABLE,
  /** SPARQL 1.1 Query Results CSV. */
  CSV,
  /** SPARQL 1.1 Query Results TSV. */
  TSV,
  /** SPARQL 1.1 Query Results JSON. */
  JSON;

  /**
   * The format named {@code name}, ignoring case ({@code table}, {@code csv}, {@code tsv}, {@code
   * json}).
   *
   * @throws IllegalArgumentException if there is no such format
   */
  public static ResultFormat parse(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
