package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Properties of the sentence splitter on generated text (long unpunctuated CJK runs, random CJK with
 * punctuation and spaces, arbitrary UTF-16 including lone surrogates): every sentence is short, its
 * offsets are exact, and no text but white space is lost.
 */
class SentenceSplitterPropertyTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Property(tries = 50)
  void unpunctuatedCjkIsCutIntoBoundedSentences(
      @ForAll @StringLength(min = 1000, max = 20_000) @CharRange(from = '\u4e00', to = '\u9fff') String block) {
    List<SentenceSplitter.Span> spans = splitter.split(block);
    checkSpans(block, spans);
    assertEquals((block.length() + SentenceSplitter.MAX_RUN - 1) / SentenceSplitter.MAX_RUN, spans.size());
    assertTrue(spans.stream().allMatch(x -> x.length() <= SentenceSplitter.MAX_RUN));
  }

  @Property(tries = 300)
  void punctuatedCjkIsCutIntoBoundedSentences(@ForAll("cjkText") String block) {
    checkSpans(block, splitter.split(block));
  }

  @Property(tries = 300)
  void anyTextIsCutIntoBoundedSentences(@ForAll @StringLength(max = 3000) String block) {
    checkSpans(block, splitter.split(block));
  }

  @Property(tries = 300)
  void headlinesToo(@ForAll("cjkText") String block) {
    checkSpans(block, splitter.splitHeadline(block));
  }

  /** Han characters, now and then a mark of punctuation, a space, a quote or a character outside the BMP. */
  @Provide
  Arbitrary<String> cjkText() {
    Arbitrary<Character> han = Arbitraries.chars().range('\u4e00', '\u9fff');
    Arbitrary<Character> marks = Arbitraries.of('。', '，', '；', '：', '、', '！', '？', ',', ';', ':', '.', '!', '?',
        ' ', '\u3000', '\n', '“', '”', '《', '》', '（', '）', '\ud840', '\udc00');
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(30, han), net.jqwik.api.Tuple.of(1, marks))
        .list().ofMaxSize(5000)
        .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
  }

  private static void checkSpans(String block, List<SentenceSplitter.Span> spans) {
    boolean[] covered = new boolean[block.length()];
    int previousEnd = 0;
    for (SentenceSplitter.Span s : spans) {
      assertTrue(s.start() >= previousEnd && s.start() < s.end() && s.end() <= block.length(), s.toString());
      assertTrue(s.length() <= SentenceSplitter.MAX_LENGTH, () -> "too long: " + s);
      assertFalse(isSpace(block.charAt(s.start())) || isSpace(block.charAt(s.end() - 1)), "untrimmed " + s);
      assertFalse(splitsPair(block, s.start()) || splitsPair(block, s.end()), "surrogate pair cut at " + s);
      for (int i = s.start(); i < s.end(); i++) {
        covered[i] = true;
      }
      previousEnd = s.end();
    }
    for (int i = 0; i < block.length(); i++) {
      assertTrue(covered[i] || isSpace(block.charAt(i)), "lost character at " + i);
    }
  }

  private static boolean splitsPair(String block, int at) {
    return at > 0 && at < block.length()
        && Character.isHighSurrogate(block.charAt(at - 1)) && Character.isLowSurrogate(block.charAt(at));
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
  }
}
