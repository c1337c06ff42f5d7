package org.diplograph.export;

import java.util.Locale;

/** The visualizer formats of the actor network {@link NetworkExporter} writes. */
public enum NetworkFormat {
  /** GraphML, for Gephi, yEd and Cytoscape desktop. */
  GRAPHML("graphml"),
  /** GEXF 1.2, for Gephi (dates as attributes: JGraphT's exporter writes no spells). */
  GEXF("gexf"),
  /** Graphviz DOT. */
  DOT("dot"),
  /** Cytoscape.js JSON ({@code {"elements": {"nodes": […], "edges": […]}}}). */
  CYTOSCAPE("cyjs"),
  /** A PNG image rendered by Graphviz {@code dot}. */
  PNG("png"),
  /** An SVG image rendered by Graphviz {@code dot}. */
  SVG("svg");

  private final String extension;

  NetworkFormat(String extension) {
    this.extension = extension;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** True for the image formats, which need Graphviz. */
  public boolean isImage() {
    return this == PNG || this == SVG;
  }

  /**
   * The format named {@code name}, ignoring case, or empty.
   */
  public static java.util.Optional<NetworkFormat> find(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (NetworkFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(n) || f.extension.equals(n)) {
        return java.util.Optional.of(f);
      }
    }
    return java.util.Optional.empty();
  }
}
