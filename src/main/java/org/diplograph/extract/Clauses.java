package org.diplograph.extract;

/**
 * Clause boundaries in a sentence: a clause ends at a comma, semicolon, colon or sentence-final
 * mark (full-width or ASCII). Stateless.
 */
final class Clauses {
  private static final String BREAKS = "，,；;：:。！？!?";

  private Clauses() {}

  /** Offset where the clause holding {@code at} starts. */
  static int start(String text, int at) {
    int i = at;
    while (i > 0 && BREAKS.indexOf(text.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }

  /** Offset where the clause holding {@code at} ends (the break itself, or the text's end). */
  static int end(String text, int at) {
    int i = at;
    while (i < text.length() && BREAKS.indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i;
  }
}
