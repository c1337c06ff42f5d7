package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> sentences(String block) {
    return splitter.split(block).stream().map(s -> block.substring(s.start(), s.end())).toList();
  }

  @Test
  void splitsAtFinalPunctuationKeepingClosingQuotes() {
    assertEquals(List.of("他说：“我们会谈了。”", "双方签署协议！", "结束"), sentences("他说：“我们会谈了。”双方签署协议！结束"));
  }

  @Test
  void trimsWhiteSpaceAndSkipsBlanks() {
    assertEquals(List.of("美日会谈。"), sentences("  美日会谈。  \u3000"));
  }

  @Test
  void cutsOverlongSentencesAtACommaSoTheSegmenterNeverSeesHugeInput() {
    String clause = "两国".repeat(50) + "，";
    String block = clause.repeat(10) + "。";
    List<String> parts = sentences(block);
    assertTrue(parts.size() > 1);
    assertTrue(parts.stream().allMatch(p -> p.length() <= SentenceSplitter.MAX_LENGTH));
    assertTrue(parts.stream().limit(parts.size() - 1).allMatch(p -> p.endsWith("，")), parts.toString());
    assertEquals(block, String.join("", parts));
  }

  @Test
  void aSentenceReachingFourHundredCharactersIsCutAtTheNextComma() {
    String clause = "美国和澳大利亚将增加合作" + "，"; // 13 characters
    String block = clause.repeat(34) + "。";
    assertEquals(List.of(clause.repeat(31), clause.repeat(3) + "。"), sentences(block));
  }

  @Test
  void withoutACommaNearTheLimitASemicolonIsABetterCutThanALaterEnumerationComma() {
    String block = "甲".repeat(250) + ";" + "乙".repeat(100) + "、" + "丙".repeat(150) + "。";
    assertEquals(List.of("甲".repeat(250) + ";", "乙".repeat(100) + "、" + "丙".repeat(150) + "。"), sentences(block));
  }

  @Test
  void aSentenceUnderTheLimitWithClausesIsKeptWhole() {
    String block = "两国表示，" + "将继续致力于提升基于规则的经济秩序".repeat(20) + "。"; // 346 characters, one comma
    assertEquals(List.of(block), sentences(block));
  }

  @Test
  void anUnpunctuatedRunIsCutHardAtTheLimitWithExactOffsets() {
    String block = "中美关系".repeat(250); // 1,000 characters, no punctuation, no space
    List<SentenceSplitter.Span> spans = splitter.split(block);
    assertEquals(List.of(new SentenceSplitter.Span(0, 300), new SentenceSplitter.Span(300, 600),
        new SentenceSplitter.Span(600, 900), new SentenceSplitter.Span(900, 1000)), spans);
  }

  @Test
  void anUnpunctuatedRunIsCutAtWhiteSpaceWhenThereIsSome() {
    String word = "x".repeat(199);
    List<String> parts = sentences(word + " " + word + " " + word);
    assertEquals(List.of(word, word, word), parts);
  }

  @Test
  void aHardCutNeverSplitsASurrogatePair() {
    String block = "中".repeat(299) + "𠀀".repeat(100); // U+20000 is two UTF-16 units
    List<SentenceSplitter.Span> spans = splitter.split(block);
    assertEquals(299, spans.get(0).end());
    assertEquals(block.length(), spans.get(spans.size() - 1).end());
  }

  @Test
  void aTwoMillionCharacterBlockIsSplitInLinearTime() {
    String block = "美国日本韩国澳大利亚举行会谈".repeat(150_000);
    List<SentenceSplitter.Span> spans = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> splitter.split(block));
    assertEquals((block.length() + 299) / 300, spans.size());
  }

  @Test
  void headlinesSplitAtTheSpaceBetweenTwoStatements() {
    String h = "日美举行安全磋商 英美就印太事务进行磋商";
    List<String> parts = splitter.splitHeadline(h).stream().map(s -> h.substring(s.start(), s.end())).toList();
    assertEquals(List.of("日美举行安全磋商", "英美就印太事务进行磋商"), parts);
  }

  @Test
  void headlineSpacesNextToLatinWordsStay() {
    String h = "G20 峰会前 美国东盟建全面战略伙伴关系";
    List<String> parts = splitter.splitHeadline(h).stream().map(s -> h.substring(s.start(), s.end())).toList();
    assertEquals(List.of("G20 峰会前", "美国东盟建全面战略伙伴关系"), parts);
  }
}
