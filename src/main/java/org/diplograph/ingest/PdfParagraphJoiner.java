package org.diplograph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups the text lines of a PDF extraction into paragraphs. A line break ends a paragraph only at a
 * heading, before an ideographic-space indent, or after sentence-final punctuation when the line is short
 * of the full measure or the next line reads as a paragraph start (a year, a run-in topic sentence, a
 * connective). A heading that wraps (ends in a comma or colon, or goes on in a short indented line) keeps its
 * continuation. Built per document; not shared.
 */
final class PdfParagraphJoiner {
  /** A line shorter than this share of the typical full line ends its paragraph if it ends a sentence. */
  private static final double SHORT_LINE = 0.85;
  /** A heading continuation is shorter than this share of the typical full line. */
  private static final double HEADING_CONTINUATION = 0.6;

  private static final Pattern PARAGRAPH_START =
      Pattern.compile(
          "^((19|20)\\d{2}\\s*年"
              + "|[^，,。；;：:“”（）()\\s]{2,14}。"
              + "|(此外|另外|同时|与此同时|首先|其次|再次|最后|总之|综上|因此|然而|当然|事实上)[，,])");
  private static final Pattern OPEN_END = Pattern.compile("[，、：,:—]$");
  /** Clause and sentence punctuation; quotes and brackets do not count (headings quote names). */
  private static final Pattern PUNCTUATION = Pattern.compile("[，。；：！？、,.;:!?]");

  private final LineJoiner joiner = new LineJoiner();
  private final int typicalWidth;

  private PdfParagraphJoiner(int typicalWidth) {
    this.typicalWidth = typicalWidth;
  }

  /** A joiner whose line measure is the median width of the given body lines. */
  static PdfParagraphJoiner forLines(List<PdfLine> lines) {
    int[] widths =
        lines.stream()
            .filter(l -> l.kind() == PdfLine.Kind.BODY)
            .mapToInt(l -> CjkChars.width(l.text()))
            .sorted()
            .toArray();
    return new PdfParagraphJoiner(widths.length == 0 ? 0 : widths[widths.length / 2]);
  }

  /**
   * A paragraph raw-joined from lines, not yet normalised.
   *
   * @param text the joined text
   * @param firstLine the index, in the lines given to {@link #join}, of the paragraph's first line
   */
  record Joined(String text, int firstLine) {}

  /** The paragraphs (headings included, each on its own), raw-joined but not yet normalised. */
  List<Joined> join(List<PdfLine> lines) {
    List<Joined> paragraphs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0 && startsNewParagraph(lines.get(i - 1), lines.get(i))) {
        paragraphs.add(new Joined(joiner.join(current), first));
        current.clear();
        first = i;
      }
      current.add(lines.get(i).text());
    }
    if (!current.isEmpty()) {
      paragraphs.add(new Joined(joiner.join(current), first));
    }
    return paragraphs;
  }

  private boolean startsNewParagraph(PdfLine previous, PdfLine line) {
    if (isHeading(previous)) {
      return !continuesHeading(previous, line);
    }
    if (isHeading(line) || line.indented()) {
      return true;
    }
    String end = FootnoteMarkers.remove(previous.text()).strip();
    return CjkChars.endsSentence(end)
        && (CjkChars.width(end) < SHORT_LINE * typicalWidth || PARAGRAPH_START.matcher(line.text()).find());
  }

  private boolean continuesHeading(PdfLine heading, PdfLine line) {
    return line.kind() == PdfLine.Kind.BODY
        && CjkChars.width(line.text()) < HEADING_CONTINUATION * typicalWidth
        && !PUNCTUATION.matcher(line.text()).find()
        && (line.indented() || OPEN_END.matcher(heading.text()).find());
  }

  private static boolean isHeading(PdfLine line) {
    return line.kind() == PdfLine.Kind.TITLE || line.kind() == PdfLine.Kind.HEADING;
  }
}
