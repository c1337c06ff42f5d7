package org.diplograph.ingest;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, ordered by position, giving one page's lines with each first-line indent marked
 * by an ideographic space, as {@link PdfLineClassifier} expects: a line starting one and a half to four and
 * a half characters right of the page's usual line start (the most common one) is indented. Centred lines
 * (titles, running headers, page numbers) start further right and are not marked. PDFBox's own paragraph
 * detection is not used: with the wide leading of Chinese reports it marks every line. Not thread-safe:
 * one instance per document read.
 */
final class IndentMarkingStripper extends PDFTextStripper {
  private static final double MIN_INDENT = 1.5;
  private static final double MAX_INDENT = 4.5;

  /** A line of text with the position and glyph width where it starts. */
  private record Line(String text, float startX, float glyphWidth) {}

  private final List<Line> lines = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private float startX;
  private float glyphWidth;
  private boolean atLineStart = true;

  IndentMarkingStripper() {
    setSortByPosition(true);
    setLineSeparator("\n");
  }

  /** The text of one page (1-based), one line per text line, indented lines marked. */
  String pageText(PDDocument document, int page) throws IOException {
    lines.clear();
    atLineStart = true;
    setStartPage(page);
    setEndPage(page);
    getText(document);
    endLine();
    return markIndents();
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    if (atLineStart && !positions.isEmpty()) {
      startX = positions.get(0).getXDirAdj();
      glyphWidth = positions.get(0).getWidthDirAdj();
      atLineStart = false;
    }
    current.append(text);
  }

  @Override
  protected void writeWordSeparator() {
    current.append(' ');
  }

  @Override
  protected void writeLineSeparator() {
    endLine();
  }

  private void endLine() {
    if (!atLineStart) {
      lines.add(new Line(current.toString(), startX, glyphWidth));
    }
    current.setLength(0);
    atLineStart = true;
  }

  private String markIndents() {
    Multiset<Integer> starts = HashMultiset.create();
    lines.forEach(line -> starts.add(Math.round(line.startX())));
    int margin = starts.entrySet().stream().max((a, b) -> Integer.compare(a.getCount(), b.getCount()))
        .map(Multiset.Entry::getElement).orElse(0);
    StringBuilder out = new StringBuilder();
    for (Line line : lines) {
      double indent = (line.startX() - margin) / Math.max(1f, line.glyphWidth());
      out.append(indent >= MIN_INDENT && indent <= MAX_INDENT ? "\u3000" : "").append(line.text()).append('\n');
    }
    return out.toString();
  }
}
