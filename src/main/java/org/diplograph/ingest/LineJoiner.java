package org.diplograph.ingest;

import java.util.List;

/**
 * Re-joins the lines of one hard-wrapped paragraph: no separator next to a CJK character or after a
 * hyphen, one space between other characters (Latin words, numbers). Stateless and thread-safe.
 */
final class LineJoiner {
  /** Wrapped lines are long: headings and list items are short lines that stop without punctuation. */
  private static final int MIN_WRAPPED_WIDTH = 20;

  /** True when the line looks cut by hard wrapping: long, and stopping mid-sentence. */
  static boolean looksWrapped(String line) {
    return CjkChars.width(line) >= MIN_WRAPPED_WIDTH && !CjkChars.endsSentence(line.strip());
  }

  /** The lines, each stripped, joined into one paragraph. */
  String join(List<String> lines) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      String text = line.strip();
      if (text.isEmpty()) {
        continue;
      }
      if (out.length() > 0 && needsSpace(out, text)) {
        out.append(' ');
      }
      out.append(text);
    }
    return out.toString();
  }

  private static boolean needsSpace(CharSequence before, String next) {
    int last = Character.codePointBefore(before, before.length());
    int first = next.codePointAt(0);
    return last != '-' && !CjkChars.isCjk(last) && !CjkChars.isCjk(first);
  }
}
