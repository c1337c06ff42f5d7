package org.diplograph.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the kind of an input from its text, never from its file name: the seed header line; HTML tags;
 * PDF-extraction traits (most lines stopping mid-sentence, spaces between CJK characters); otherwise plain
 * text. Stateless and thread-safe.
 */
public final class InputKindDetector {
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "<(!doctype\\s+html|html|head|body|article|section|div|p|span|br|h[1-6]|ul|ol|li|a|strong|em|b|i"
              + "|img|table|blockquote|figure|meta|title)(\\s[^>]*)?/?>",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACED_CJK = Pattern.compile("[\\p{IsHan}，。、；：][ \\t]+[\\p{IsHan}“”]");
  /** A document is HTML when it has at least this many tags (one if the text starts with a tag). */
  private static final int MIN_HTML_TAGS = 3;
  /** At least this many lines before line shape says anything. */
  private static final int MIN_LINES = 4;
  private static final double BROKEN_LINE_SHARE = 0.5;
  private static final double SPACED_CJK_PER_LINE = 0.5;

  /** The kind of the given (decoded) input text. */
  public InputKind detect(String text) {
    String start = text.stripLeading();
    if (SeedFormatParser.HEADER.matcher(start.lines().findFirst().orElse("")).matches()) {
      return InputKind.SEED;
    }
    if (looksLikeHtml(start)) {
      return InputKind.HTML;
    }
    return looksLikePdfText(text) ? InputKind.PDF_TEXT : InputKind.PLAIN_TEXT;
  }

  private static boolean looksLikeHtml(String text) {
    Matcher m = HTML_TAG.matcher(text);
    int tags = 0;
    while (tags < MIN_HTML_TAGS && m.find()) {
      tags++;
    }
    return tags >= MIN_HTML_TAGS || (tags > 0 && text.startsWith("<"));
  }

  private static boolean looksLikePdfText(String text) {
    List<String> lines = text.lines().map(String::strip).filter(l -> CjkChars.containsHan(l)).toList();
    if (lines.size() < MIN_LINES) {
      return false;
    }
    long broken = lines.stream().filter(LineJoiner::looksWrapped).count();
    long spaced = SPACED_CJK.matcher(text).results().count();
    return broken >= BROKEN_LINE_SHARE * lines.size() || spaced >= SPACED_CJK_PER_LINE * lines.size();
  }
}
