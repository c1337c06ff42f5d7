package org.diplograph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns text extracted from a PDF report into clean paragraphs: drops footnotes, citations, URLs, page
 * numbers and running headers; re-joins hard-wrapped lines into paragraphs; keeps headings as paragraphs
 * of their own; removes footnote marks and the spaces extraction put around CJK characters. The title is
 * the first line when it reads as a heading. Stateless and thread-safe.
 */
public final class PdfTextCleaner {
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  /** A heading number set off by spaces ("一　强化…"); the ideographic space is kept, as typeset. */
  private static final Pattern HEADING_NUMBER = Pattern.compile("^([一二三四五六七八九十]{1,3})[\\s\\u3000]+(?=\\S)");
  private static final Pattern ABSTRACT_LABEL = Pattern.compile("^(摘\\s*要|内容提要|提\\s*要)\\s*[:：]\\s*");

  private final CjkSpacingNormalizer spacing = new CjkSpacingNormalizer();

  /** The title (empty if the text does not start with one) and the clean paragraphs of the text. */
  public ParsedDocument clean(String text) {
    List<String> rawLines = List.of(LINE_BREAK.split(text, -1));
    List<PdfLine> textLines =
        PdfLineClassifier.forLines(rawLines).classify(rawLines).stream()
            .filter(line -> line.kind().isText())
            .toList();
    String title =
        textLines.stream()
            .filter(line -> line.kind() == PdfLine.Kind.TITLE)
            .findFirst()
            .map(line -> normalize(line.text()))
            .orElse("");
    List<PdfLine> bodyLines = textLines.stream().filter(line -> line.kind() != PdfLine.Kind.TITLE).toList();
    return ParsedDocument.of(title, Optional.empty(), Optional.empty(), paragraphs(bodyLines));
  }

  private List<String> paragraphs(List<PdfLine> bodyLines) {
    List<String> paragraphs = new ArrayList<>();
    for (String raw : PdfParagraphJoiner.forLines(bodyLines).join(bodyLines)) {
      String paragraph = ABSTRACT_LABEL.matcher(normalizeParagraph(raw)).replaceFirst("");
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
    }
    return paragraphs;
  }

  private String normalizeParagraph(String raw) {
    Matcher number = HEADING_NUMBER.matcher(raw);
    if (number.find()) {
      return number.group(1) + '\u3000' + normalize(raw.substring(number.end()));
    }
    return normalize(raw);
  }

  private String normalize(String text) {
    return spacing.normalize(FootnoteMarkers.remove(text));
  }
}
