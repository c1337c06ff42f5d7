package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.diplograph.model.SourceDoc;
import org.junit.jupiter.api.Test;

class SeedFormatParserTest {
  private final SeedFormatParser parser = new SeedFormatParser(new HtmlArticleCleaner());
  private final ParsedDocument doc = parser.parse("seed", Fixtures.text("seed-xinhua-style.html"));

  @Test
  void readsHeaderDateInUtcTitleAndUrl() {
    // 1715329800000 ms = 2024-05-10T08:30:00Z
    assertEquals(Optional.of(LocalDate.of(2024, 5, 10)), doc.published());
    assertEquals("王毅同马来西亚外长会谈 双方同意深化全面战略伙伴关系", doc.title());
    assertEquals(Optional.of("https://www.news.example.cn/world/2024-05/10/c_1130143.htm"), doc.url());
  }

  @Test
  void publishedDateIsTheUtcDateNotTheLocalOne() {
    // 2022-03-11T23:30:00Z is already March 12 in Beijing; the UTC date is kept.
    String text = "<!--1647041400000-->\n[标题](https://example.org/a)\n------\n<p>正文。</p>\n";
    assertEquals(Optional.of(LocalDate.of(2022, 3, 11)), parser.parse("s", text).published());
  }

  @Test
  void flattensInlineMarkupWithoutAddingSpaces() {
    assertEquals("5月9日，中共中央政治局委员、外交部长王毅在北京同马来西亚外长扎姆里举行会谈。", doc.paragraphs().get(0));
  }

  @Test
  void decodesEntitiesAndTrimsIdeographicSpaces() {
    assertEquals("王毅表示，中马是友好近邻&全面战略伙伴。双方同意加强“一带一路”合作。", doc.paragraphs().get(1));
  }

  @Test
  void dropsDateImageCreditAndFurnitureLinesButKeepsRealCaptions() {
    List<String> paragraphs = doc.paragraphs();
    assertTrue(paragraphs.contains("5月9日，王毅在北京同马来西亚外长扎姆里举行会谈。（新华社记者 李某 摄）"));
    for (String dropped : List.of("2024-05-10 16:30:00", "图片来源：新华社", "（法新社）", "资料照片", "责任编辑：张某某", "相关推荐")) {
      assertFalse(paragraphs.contains(dropped), dropped);
    }
  }

  @Test
  void splitsBrSeparatedBlocksAndDropsScriptsAndSelfPromotion() {
    List<String> paragraphs = doc.paragraphs();
    assertTrue(paragraphs.contains("扎姆里表示，马方愿同中方加强各领域合作。"));
    assertTrue(paragraphs.contains("双方还就地区问题交换了意见。"));
    String all = String.join("\n", paragraphs);
    assertFalse(all.contains("订阅"), all);
    assertFalse(all.contains("微博"), all);
    assertFalse(all.contains("track"), all);
    assertFalse(all.contains("外交部发言人答记者问"), all);
    assertEquals(5, paragraphs.size(), all);
  }

  @Test
  void titleIsTheFirstTextBlock() {
    SourceDoc source = new DocumentReader().read(Fixtures.path("seed-xinhua-style.html")).get(0);
    assertEquals(doc.title(), source.textBlocks().get(0));
    assertEquals(doc.paragraphs().get(0), source.textBlocks().get(1));
  }

  @Test
  void rejectsHeaderWithoutBody() {
    String text = "<!--1647041400000-->\n[标题](https://example.org/a)\n------\n\n";
    IngestException e = assertThrows(IngestException.class, () -> parser.parse("x.txt", text));
    assertEquals("seed header without body", e.problem());
    assertEquals("x.txt", e.source());
  }

  @Test
  void rejectsHeaderWithoutTitleLine() {
    String text = "<!--1647041400000-->\n<p>正文。</p>\n";
    IngestException e = assertThrows(IngestException.class, () -> parser.parse("x.txt", text));
    assertTrue(e.getMessage().startsWith("x.txt: seed header without"), e.getMessage());
  }
}
