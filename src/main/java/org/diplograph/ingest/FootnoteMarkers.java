package org.diplograph.ingest;

import java.util.regex.Pattern;

/**
 * Footnote reference marks left in extracted text: circled, parenthesised and dingbat numbers
 * (①…⑳, ⑴…⒇, ⒈…⒛, ❶…➓, ㉑…㊿). Stateless.
 */
final class FootnoteMarkers {
  /** A regex character class matching one footnote mark. */
  static final String CLASS = "[\\u2460-\\u249B\\u24EA-\\u24FF\\u2776-\\u2793\\u3251-\\u325F\\u32B1-\\u32BF]";

  private static final Pattern MARKS = Pattern.compile(CLASS + "+");

  private FootnoteMarkers() {}

  /** The text without footnote marks. */
  static String remove(String text) {
    return MARKS.matcher(text).replaceAll("");
  }
}
