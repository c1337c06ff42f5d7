package org.diplograph.spark;

import java.io.Serializable;

/**
 * What the executors hand back for one document: its named graph as N-Quads text, or a dead letter (one
 * JSON line). Kept (in memory or on disk) between writing the two outputs.
 *
 * @param deadLetter true for a dead letter
 * @param text the N-Quads text, or the JSON line
 */
record JobRecord(boolean deadLetter, String text) implements Serializable {
  private static final long serialVersionUID = 1L;

  static JobRecord quads(String nquads) {
    return new JobRecord(false, nquads.endsWith("\n") ? nquads.substring(0, nquads.length() - 1) : nquads);
  }

  static JobRecord deadLetter(String jsonLine) {
    return new JobRecord(true, jsonLine);
  }
}
