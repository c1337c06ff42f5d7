package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text block into sentences at sentence-final punctuation (。！？!?； and a closing quote or
 * bracket that follows it), and cuts long sentences so that the segmenter and the event rules, whose cost
 * grows faster than linearly with a sentence's length, never see more than {@link #MAX_LENGTH}
 * characters, whatever the text (a scraped table, a broken PDF, a hostile upload). A sentence reaching
 * {@link #SOFT_LENGTH} characters is cut at the next comma or semicolon; failing one within the limit, at
 * its last clause break (；; before ，, before ：: before 、); a stretch without any clause break is not
 * prose, and is cut at white space or hard after {@link #MAX_RUN} characters (never inside a surrogate
 * pair). Spans are exact offsets into the block. Runs in time linear in the block's length; stateless and
 * thread-safe.
 */
public final class SentenceSplitter {
  /**
   * The longest sentence this splitter yields, in UTF-16 characters. Real sentences listing the points of
   * a joint statement run past 400 characters, one statement a clause.
   */
  public static final int MAX_LENGTH = 450;
  /** A sentence this long is cut at its next comma or semicolon. */
  public static final int SOFT_LENGTH = 400;
  /** The longest piece cut from a stretch without clause punctuation (a table, a run of names). */
  public static final int MAX_RUN = 300;
  /** A cut keeps at least this much before it, so that a long sentence is cut into few pieces. */
  private static final int MIN_PIECE = MAX_LENGTH / 3;
  /** Sentence-final marks; the full-width semicolon separates statements as a full stop does. */
  private static final String FINAL = "。！？!?；";
  private static final String CLOSERS = "”’」』）)》\"'";
  /** Where an over-long sentence may be cut, the strongest break first. */
  private static final List<String> CLAUSE_BREAKS = List.of("；;", "，,", "：:", "、");
  /** The breaks after which a sentence of {@link #SOFT_LENGTH} characters is cut. */
  private static final String SOFT_BREAKS = "；;，,";

  /** A sentence's span in its block: {@code block.substring(start, end)} is the sentence. */
  public record Span(int start, int end) {
    /** The span's length in characters. */
    public int length() {
      return end - start;
    }
  }

  /**
   * The non-blank sentence spans of the block, trimmed of white space, in order, none longer than
   * {@link #MAX_LENGTH}; every character of the block that is not white space is in exactly one span.
   */
  public List<Span> split(String block) {
    List<Span> spans = new ArrayList<>();
    for (Span sentence : atSentenceEnds(block)) {
      cutToLength(block, sentence, spans);
    }
    return List.copyOf(spans);
  }

  /**
   * Splits a headline, where a space between two Chinese phrases separates two statements
   * (日美举行磋商 英美就印太事务进行磋商), as well as {@link #split} does.
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

  /** The trimmed spans between sentence-final marks, of any length. */
  private static List<Span> atSentenceEnds(String block) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < block.length()) {
      char c = block.charAt(i);
      i++;
      if (FINAL.indexOf(c) >= 0) {
        while (i < block.length() && (CLOSERS.indexOf(block.charAt(i)) >= 0 || FINAL.indexOf(block.charAt(i)) >= 0)) {
          i++;
        }
        addTrimmed(block, start, i, spans);
        start = i;
      }
    }
    addTrimmed(block, start, block.length(), spans);
    return spans;
  }

  /** Adds the sentence, cut into pieces of at most {@link #MAX_LENGTH} characters. */
  private static void cutToLength(String block, Span sentence, List<Span> out) {
    int start = sentence.start();
    int end = sentence.end();
    while (end - start > MAX_RUN) {
      int cut = cutPoint(block, start, end);
      if (cut >= end) {
        break;
      }
      addTrimmed(block, start, cut, out);
      start = cut;
    }
    addTrimmed(block, start, end, out);
  }

  /**
   * Where to end the piece starting at {@code start} of a sentence ending at {@code end}, more than
   * MAX_RUN characters on: after the first comma or semicolon from SOFT_LENGTH characters on; {@code end}
   * when the rest is short enough and has a clause break; else after the last clause break in
   * (start + MIN_PIECE, start + MAX_LENGTH); else at white space or hard by start + MAX_RUN.
   */
  private static int cutPoint(String block, int start, int end) {
    int window = Math.min(end, start + MAX_LENGTH);
    int soft = firstIndexOfAny(block, SOFT_BREAKS, start + SOFT_LENGTH - 1, window);
    if (soft >= 0) {
      return withClosers(block, soft + 1, window);
    }
    if (end - start <= MAX_LENGTH && CLAUSE_BREAKS.stream().anyMatch(b -> lastIndexOfAny(block, b, start, end) >= 0)) {
      return end;
    }
    for (String breaks : CLAUSE_BREAKS) {
      int at = lastIndexOfAny(block, breaks, start + MIN_PIECE, window);
      if (at >= 0) {
        return withClosers(block, at + 1, window);
      }
    }
    return runCut(block, start);
  }

  /** A cut in a stretch without clause punctuation: at its last white space, else hard at MAX_RUN. */
  private static int runCut(String block, int start) {
    int limit = start + MAX_RUN;
    for (int i = limit - 1; i > start + MIN_PIECE; i--) {
      if (isSpace(block.charAt(i))) {
        return i;
      }
    }
    boolean inPair = Character.isHighSurrogate(block.charAt(limit - 1)) && Character.isLowSurrogate(block.charAt(limit));
    return inPair ? limit - 1 : limit;
  }

  /** The first index in [from, to) of a character of {@code chars}, or -1. */
  private static int firstIndexOfAny(String block, String chars, int from, int to) {
    for (int i = from; i < to; i++) {
      if (chars.indexOf(block.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The last index in [from, to) of a character of {@code chars}, or -1. */
  private static int lastIndexOfAny(String block, String chars, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (chars.indexOf(block.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The cut moved past the closing quotes or brackets that follow it, up to {@code limit}. */
  private static int withClosers(String block, int cut, int limit) {
    int i = cut;
    while (i < limit && CLOSERS.indexOf(block.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean isHanOrQuote(char c) {
    return isHan(c) || "“「《".indexOf(c) >= 0;
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
