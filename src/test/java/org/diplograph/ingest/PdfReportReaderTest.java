package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.diplograph.model.SourceDoc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Writes Chinese PDFs with PDFBox and a CJK font of the machine, then reads them back. */
class PdfReportReaderTest {
  private static final String HEADER = "国际形势年度报告（2024）";
  private static final String TITLE = "东南亚地区形势与中国周边外交";
  private static final String P1 = "2024年，东南亚地区形势总体保持稳定，但大国竞争对地区的影响进一步上升。东盟继续坚持"
      + "“东盟中心地位”，在大国之间寻求平衡。";
  private static final String P2 = "同年10月，东盟领导人系列会议在万象举行。与会各方就南海问题、缅甸局势和区域贸易安排"
      + "交换了意见，并通过了多份合作文件。各方同意进一步加强互联互通，推动区域经济一体化，共同应对气候变化等全球性"
      + "挑战。";
  private static final String HEADING = "二　美国与东盟关系";
  private static final String P3 = "美国与东盟的关系保持稳定，双方领导人年内举行了特别峰会，并发表联合愿景声明。";
  private static final int CHARS_PER_LINE = 30;
  private static final float SIZE = 12;
  private static final float LEADING = 20;

  private static Optional<TrueTypeFont> font;

  private final DocumentReader reader = new DocumentReader();

  @BeforeAll
  static void findFont() {
    font = CjkTestFont.find();
  }

  @Test
  void twoPageReportComesOutWithoutHeadersOrPageNumbersAndParagraphsInOrder() throws IOException {
    assumeTrue(font.isPresent(), "no CJK TrueType font on this machine (apt-get install fonts-wqy-microhei)");
    List<String> page1 = new ArrayList<>();
    List<String> page2 = new ArrayList<>();
    List<String> p2Lines = wrap(P2);
    page1.addAll(wrap(P1));
    page1.addAll(p2Lines.subList(0, 2));
    page2.addAll(p2Lines.subList(2, p2Lines.size()));
    byte[] pdf = report(List.of(page1, page2));

    ParsedDocument parsed = new PdfReportReader(new PdfTextCleaner()).read("report.pdf", pdf);

    assertEquals(TITLE, parsed.title());
    assertEquals(List.of(P1, P2, HEADING, P3), parsed.paragraphs());
    assertEquals(List.of(1, 1, 2, 2), parsed.pageOfParagraph());
    SourceDoc doc = reader.read("report.pdf", pdf).get(0);
    assertEquals(List.of(1, 1, 2, 2), doc.paragraphPages());
    assertEquals(Optional.of(2), doc.pageOf(4)); // text block 4 = the fourth paragraph, after the title
  }

  @Test
  void pdfIsDetectedByItsMagicWhateverTheFileName() throws IOException {
    assumeTrue(font.isPresent(), "no CJK TrueType font on this machine");
    byte[] pdf = report(List.of(wrap(P1)));
    List<SourceDoc> docs = reader.read("downloads/report-2024.bin", pdf);
    assertEquals(1, docs.size());
    assertEquals("report-2024", docs.get(0).id());
    assertEquals(TITLE, docs.get(0).title());
    assertEquals(List.of(P1), docs.get(0).paragraphs());
  }

  @Test
  void brokenPdfIsAnIngestErrorNamingTheFile() {
    byte[] broken = "%PDF-1.7\nnot really a pdf\n".getBytes(StandardCharsets.US_ASCII);
    IngestException e = assertThrows(IngestException.class, () -> reader.read("bad.pdf", broken));
    assertEquals("bad.pdf", e.source());
    assertTrue(e.problem().startsWith("cannot read PDF"), e.problem());
  }

  @Test
  void pdfWithoutTextIsRefused() throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage(PDRectangle.A4));
      doc.save(out);
      IngestException e = assertThrows(IngestException.class, () -> reader.read("scan.pdf", out.toByteArray()));
      assertTrue(e.problem().contains("no text layer"), e.problem());
    }
  }

  /** The text cut into lines of {@value #CHARS_PER_LINE} characters, as a typesetter would. */
  private static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < text.length(); i += CHARS_PER_LINE) {
      lines.add(text.substring(i, Math.min(text.length(), i + CHARS_PER_LINE)));
    }
    return lines;
  }

  /**
   * A report with a page number on every page, the running header on every page when there are several,
   * the title on the first page, and a numbered heading and a last paragraph on the last of several pages.
   */
  private static byte[] report(List<List<String>> bodies) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font cjk = PDType0Font.load(doc, font.orElseThrow(), true);
      for (int p = 0; p < bodies.size(); p++) {
        List<String> body = new ArrayList<>(bodies.get(p));
        if (p == bodies.size() - 1 && bodies.size() > 1) {
          body.add(HEADING);
          body.add(P3);
        }
        writePage(doc, cjk, p + 1, bodies.size() > 1, body);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static void writePage(PDDocument doc, PDType0Font cjk, int number, boolean header, List<String> body)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
      float y = 800;
      if (header) {
        show(text, cjk, 10, 200, y, HEADER);
      }
      y -= 50;
      if (number == 1) {
        show(text, cjk, 16, 150, y, TITLE);
        y -= 40;
      }
      for (String line : body) {
        boolean starts = line.equals(HEADING) || line.equals(P3) || P1.startsWith(line) || P2.startsWith(line);
        show(text, cjk, SIZE, starts ? 72 + 2 * SIZE : 72, y, line);
        y -= LEADING;
      }
      show(text, cjk, 10, 290, 40, Integer.toString(number));
    }
  }

  private static void show(PDPageContentStream text, PDType0Font cjk, float size, float x, float y, String line)
      throws IOException {
    text.beginText();
    text.setFont(cjk, size);
    text.newLineAtOffset(x, y);
    text.showText(line);
    text.endText();
  }
}
