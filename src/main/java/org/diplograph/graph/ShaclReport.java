package org.diplograph.graph;

import java.util.List;

/**
 * The outcome of a SHACL validation.
 *
 * @param conforms true when the graph has no violation
 * @param messages one line per violation: the focus node, the path and the shape's message
 */
public record ShaclReport(boolean conforms, List<String> messages) {
  public ShaclReport {
    messages = List.copyOf(messages);
  }
}
