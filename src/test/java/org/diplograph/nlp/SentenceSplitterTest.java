package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    List<String> parts = sentences(clause.repeat(10) + "。");
    assertEquals(true, parts.size() > 1);
    assertEquals(true, parts.stream().allMatch(p -> p.length() <= 500));
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
