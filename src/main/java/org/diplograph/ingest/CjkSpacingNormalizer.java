package org.diplograph.ingest;

/**
 * Removes the spaces that PDF extraction puts around CJK characters, keeping spaces between Latin words
 * and numbers. A run of whitespace is removed when a neighbour is a CJK character, or an ASCII
 * punctuation mark used as Chinese punctuation (one whose other neighbour is CJK); any other run becomes
 * one space. {@code "2023 年 12 月, 美国"} becomes {@code "2023年12月,美国"}, {@code "岸田文雄 (Kishida
 * Fumio) 举行"} becomes {@code "岸田文雄(Kishida Fumio)举行"}. Stateless and thread-safe.
 */
final class CjkSpacingNormalizer {
  private static final String ATTACHING_PUNCTUATION = ",.;:!?()[]";

  /** The text with spaces next to CJK characters removed, other runs collapsed, ends trimmed. */
  String normalize(String text) {
    int[] cps = text.codePoints().toArray();
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < cps.length) {
      if (!CjkChars.isSpace(cps[i])) {
        out.appendCodePoint(cps[i++]);
        continue;
      }
      int end = i;
      while (end < cps.length && CjkChars.isSpace(cps[end])) {
        end++;
      }
      if (i > 0 && end < cps.length && !removable(cps, i - 1, end)) {
        out.append(' ');
      }
      i = end;
    }
    return out.toString();
  }

  private static boolean removable(int[] cps, int left, int right) {
    return CjkChars.isCjk(cps[left])
        || CjkChars.isCjk(cps[right])
        || attachedToCjk(cps, left)
        || attachedToCjk(cps, right);
  }

  /** An ASCII punctuation mark whose nearest non-space neighbour on either side is CJK. */
  private static boolean attachedToCjk(int[] cps, int at) {
    if (ATTACHING_PUNCTUATION.indexOf(cps[at]) < 0) {
      return false;
    }
    return isCjkAt(cps, nonSpace(cps, at - 1, -1)) || isCjkAt(cps, nonSpace(cps, at + 1, 1));
  }

  private static int nonSpace(int[] cps, int from, int step) {
    int i = from;
    while (i >= 0 && i < cps.length && CjkChars.isSpace(cps[i])) {
      i += step;
    }
    return i;
  }

  private static boolean isCjkAt(int[] cps, int at) {
    return at >= 0 && at < cps.length && CjkChars.isCjk(cps[at]);
  }
}
