package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text block into sentences at sentence-final punctuation (。！？!? and a closing quote or
 * bracket that follows it), so that the segmenter never sees a long input. Stateless and thread-safe.
 */
public final class SentenceSplitter {
  /** Sentence-final marks; the full-width semicolon separates statements as a full stop does. */
  private static final String FINAL = "。！？!?；";
  private static final String CLOSERS = "”’」』）)》\"'";
  private static final int MAX_LENGTH = 400;

  /** A sentence's span in its block. */
  public record Span(int start, int end) {}

  /** The non-blank sentence spans of the block, trimmed of white space, in order. */
  public List<Span> split(String block) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < block.length()) {
      char c = block.charAt(i);
      i++;
      boolean tooLong = i - start >= MAX_LENGTH && isSoftBreak(c);
      if (FINAL.indexOf(c) >= 0 || tooLong) {
        while (i < block.length() && (CLOSERS.indexOf(block.charAt(i)) >= 0
            || FINAL.indexOf(block.charAt(i)) >= 0)) {
          i++;
        }
        addTrimmed(block, start, i, spans);
        start = i;
      }
    }
    addTrimmed(block, start, block.length(), spans);
    return List.copyOf(spans);
  }

  /**
   * Splits a headline, where a space between two Chinese phrases separates two statements
   * (日美举行磋商 英美就印太事务进行磋商), as well as at sentence-final punctuation.
   */
  public List<Span> splitHeadline(String headline) {
    List<Span> spans = new ArrayList<>();
    for (Span s : split(headline)) {
      int start = s.start();
      for (int i = s.start() + 1; i < s.end() - 1; i++) {
        if (isSpace(headline.charAt(i)) && isHan(headline.charAt(i - 1)) && isHanOrQuote(headline.charAt(i + 1))) {
          addTrimmed(headline, start, i, spans);
          start = i + 1;
        }
      }
      addTrimmed(headline, start, s.end(), spans);
    }
    return List.copyOf(spans);
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean isHanOrQuote(char c) {
    return isHan(c) || "“「《".indexOf(c) >= 0;
  }

  private static boolean isSoftBreak(char c) {
    return c == '；' || c == ';' || c == '，' || c == ',';
  }

  private static void addTrimmed(String block, int start, int end, List<Span> out) {
    int s = start;
    int e = end;
    while (s < e && isSpace(block.charAt(s))) {
      s++;
    }
    while (e > s && isSpace(block.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Span(s, e));
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
  }
}
