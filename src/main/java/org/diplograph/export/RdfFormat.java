package org.diplograph.export;

import java.util.Locale;

/** The RDF serialisations {@link RdfExporter} writes. */
public enum RdfFormat {
  /** Turtle: the union of all graphs, pretty-printed with prefixes. */
  TURTLE("ttl", false),
  /** TriG: the named graphs kept. */
  TRIG("trig", true),
  /** N-Quads: the named graphs kept, one quad a line. */
  NQUADS("nq", true),
  /** JSON-LD 1.1: the named graphs kept. */
  JSONLD("jsonld", true);

  private final String extension;
  private final boolean keepsGraphs;

  RdfFormat(String extension, boolean keepsGraphs) {
    this.extension = extension;
    this.keepsGraphs = keepsGraphs;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** True when the format keeps the named graphs; false when it writes their union. */
  public boolean keepsGraphs() {
    return keepsGraphs;
  }

  /**
   * The format named {@code name}, ignoring case: {@code turtle}, {@code trig}, {@code nquads},
   * {@code jsonld}, or a file extension ({@code ttl}, {@code nq}).
   *
   * @throws IllegalArgumentException if there is no such format
   */
  public static RdfFormat parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (RdfFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(n) || f.extension.equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown RDF format: " + name);
  }
}
