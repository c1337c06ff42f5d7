package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputKindDetectorTest {
  private final InputKindDetector detector = new InputKindDetector();

  @Test
  void htmlFileHoldingSeedFormatIsSeed() {
    assertEquals(InputKind.SEED, detector.detect(Fixtures.text("seed-xinhua-style.html")));
  }

  @Test
  void textFileHoldingHtmlIsHtml() {
    assertEquals(InputKind.HTML, detector.detect(Fixtures.text("html-in-txt.txt")));
  }

  @Test
  void htmlFragmentIsHtml() {
    assertEquals(InputKind.HTML, detector.detect("<p>王毅会见布林肯。</p>"));
  }

  @Test
  void pdfExtractionIsPdfText() {
    assertEquals(InputKind.PDF_TEXT, detector.detect(Fixtures.text("report-pdf.txt")));
  }

  @Test
  void oneParagraphPerLineIsPlainText() {
    assertEquals(InputKind.PLAIN_TEXT, detector.detect(Fixtures.text("simplified.txt")));
    assertEquals(InputKind.PLAIN_TEXT, detector.detect(Fixtures.text("traditional.txt")));
  }

  @Test
  void textMentioningALessThanSignIsNotHtml() {
    assertEquals(InputKind.PLAIN_TEXT, detector.detect("增长率<5%，低于预期。\n双方同意继续对话。"));
  }
}
