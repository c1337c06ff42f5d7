package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfTextCleanerTest {
  private final PdfTextCleaner cleaner = new PdfTextCleaner();
  private final ParsedDocument report = cleaner.clean(Fixtures.text("report-pdf.txt"));

  @Test
  void titleIsTheFirstHeadingLine() {
    assertEquals("2024年东南亚地区形势与中国周边外交", report.title());
    assertFalse(report.paragraphs().contains(report.title()));
  }

  @Test
  void rejoinsBrokenLinesAndRemovesCjkSpacing() {
    assertEquals(
        "2024年,东南亚地区形势总体稳定,但大国竞争对地区的影响进一步上升。东盟坚持“东盟中心地位”,在大国之间保持平衡。",
        report.paragraphs().get(0));
  }

  @Test
  void keepsLatinNamesAcrossLineBreaksAndDropsFootnoteMarks() {
    assertEquals(
        "2024年1月,老挝接任东盟轮值主席国。老挝外长沙伦赛(Saleumxay Kommasith)在万象表示,老挝将致力于推动东盟共同体建设。",
        report.paragraphs().get(1));
  }

  @Test
  void keepsHeadingsAsParagraphsAndJoinsAWrappedHeading() {
    List<String> paragraphs = report.paragraphs();
    assertTrue(paragraphs.contains("一\u3000东盟对外关系的发展"), paragraphs.toString());
    assertTrue(paragraphs.contains("（一）中国—东盟关系"), paragraphs.toString());
    assertTrue(paragraphs.contains("二\u3000美国与东盟关系，推动“全面战略伙伴关系”落实"), paragraphs.toString());
  }

  @Test
  void dropsFootnotesUrlsPageNumbersAndRunningHeaders() {
    String all = String.join("\n", report.paragraphs());
    for (String gone : List.of("①", "②", "http", "accessed", "ASEAN", "117", "国际关系研究报告")) {
      assertFalse(all.contains(gone), gone + " in\n" + all);
    }
  }

  @Test
  void continuesAParagraphAcrossAPageBreakAndStartsOneAtAnIndent() {
    List<String> paragraphs = report.paragraphs();
    assertTrue(paragraphs.contains("此外,东盟与日本、韩国的合作也在深入。2024年6月,日本首相岸田文雄会见印尼总统佐科。"));
    assertEquals("2024年,美国与东盟的关系保持稳定。", paragraphs.get(paragraphs.size() - 1));
  }

  @Test
  void seedReportReproducesSentencesVerbatim() throws IOException {
    Path seed = Path.of("seeds", "003_40bbb41ceacd16ee.txt");
    assertTrue(Files.isRegularFile(seed), "run from the project root: " + seed.toAbsolutePath());
    ParsedDocument doc = cleaner.clean(Files.readString(seed, StandardCharsets.UTF_8));
    String all = String.join("\n", doc.paragraphs());
    assertEquals("2023年美国“印太战略”的推进及影响", doc.title());
    assertTrue(all.contains("2023年5月,拜登总统与岸田文雄首相在广岛举行会谈。"));
    assertTrue(all.contains("2022年11月13日,拜登总统在柬埔寨首都金边与日本首相岸田文雄(Kishida Fumio)举行会谈"));
    assertTrue(all.contains("美国国防部长劳埃德·奥斯汀(Lloyd Austin)在“里根国防论坛”(Reagan National Defense Forum)上演讲"));
    assertTrue(doc.paragraphs().contains("（一）美日同盟：“史无前例的”合作"));
    for (String paragraph : doc.paragraphs()) {
      assertFalse(paragraph.contains("①"), paragraph);
      assertFalse(paragraph.contains("http"), paragraph);
      assertFalse(paragraph.contains("accessed"), paragraph);
      assertFalse(paragraph.equals(doc.title()), "running header left in");
    }
  }
}
