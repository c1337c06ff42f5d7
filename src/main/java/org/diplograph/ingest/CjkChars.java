package org.diplograph.ingest;

/**
 * Classifies characters for CJK text clean-up: Han ideographs, and the wider set of characters that are
 * written without spaces around them in Chinese text (CJK and fullwidth punctuation, kana, curly quotes).
 */
final class CjkChars {
  private static final String CHINESE_STYLE_PUNCTUATION = "“”‘’·•‧—―…";
  private static final String SENTENCE_FINAL = "。！？；…!?";
  private static final String CLOSING = "”’」』）)》〉】";

  private CjkChars() {}

  /** True for a Han ideograph. */
  static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /** True for a character Chinese typesetting sets without spaces around it. */
  static boolean isCjk(int codePoint) {
    if (isHan(codePoint) || CHINESE_STYLE_PUNCTUATION.indexOf(codePoint) >= 0) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
        || block == Character.UnicodeBlock.VERTICAL_FORMS
        || block == Character.UnicodeBlock.HIRAGANA
        || block == Character.UnicodeBlock.KATAKANA
        || block == Character.UnicodeBlock.BOPOMOFO;
  }

  /** True when the text holds at least one Han ideograph. */
  static boolean containsHan(CharSequence text) {
    return text.codePoints().anyMatch(CjkChars::isHan);
  }

  /** True when the text holds at least one CJK-style character (see {@link #isCjk}). */
  static boolean containsCjk(CharSequence text) {
    return text.codePoints().anyMatch(CjkChars::isCjk);
  }

  /**
   * True when the text holds a character of a CJK script or a CJK or fullwidth punctuation mark. Curly
   * quotes and dashes do not count: English text uses them too.
   */
  static boolean containsCjkScript(CharSequence text) {
    return text.codePoints().anyMatch(cp -> isCjk(cp) && CHINESE_STYLE_PUNCTUATION.indexOf(cp) < 0);
  }

  /**
   * True when the text ends a sentence: its last characters are sentence-final punctuation, optionally
   * followed by closing quotes or brackets.
   */
  static boolean endsSentence(String text) {
    int end = text.length();
    while (end > 0 && CLOSING.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && SENTENCE_FINAL.indexOf(text.charAt(end - 1)) >= 0;
  }

  /** The layout width of a text without its spaces: two units per CJK character, one otherwise. */
  static int width(String text) {
    return text.codePoints()
        .filter(cp -> !isSpace(cp))
        .map(cp -> isCjk(cp) ? 2 : 1)
        .sum();
  }

  /** True for any whitespace, including no-break and ideographic spaces. */
  static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }
}
