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
 * the first line when it reads as a heading. Given the text page by page, it also drops headers and footers
 * repeated at the page edges ({@link PageEdgeRepeats}) and tells the page on which each paragraph starts.
 * Stateless and thread-safe.
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
    return clean(rawLines, new int[rawLines.size()]).withPages(List.of());
  }

  /**
   * The title and clean paragraphs of a text given page by page, with the 1-based page on which each
   * paragraph starts ({@link ParsedDocument#pageOfParagraph()}).
   */
  public ParsedDocument cleanPages(List<String> pages) {
    List<List<String>> pageLines = pages.stream().map(p -> List.of(LINE_BREAK.split(p, -1))).toList();
    PageEdgeRepeats edges = PageEdgeRepeats.of(pageLines);
    List<String> rawLines = new ArrayList<>();
    List<Integer> pageOfLine = new ArrayList<>();
    for (int p = 0; p < pageLines.size(); p++) {
      List<String> lines = pageLines.get(p);
      for (int i = 0; i < lines.size(); i++) {
        rawLines.add(edges.isRepeatedEdgeLine(lines, i) ? "" : lines.get(i));
        pageOfLine.add(p + 1);
      }
    }
    return clean(rawLines, pageOfLine.stream().mapToInt(Integer::intValue).toArray());
  }

  private ParsedDocument clean(List<String> rawLines, int[] pageOfLine) {
    List<PdfLine> classified = PdfLineClassifier.forLines(rawLines).classify(rawLines);
    String title = "";
    List<PdfLine> bodyLines = new ArrayList<>();
    List<Integer> bodyPages = new ArrayList<>();
    for (int i = 0; i < classified.size(); i++) {
      PdfLine line = classified.get(i);
      if (line.kind() == PdfLine.Kind.TITLE && title.isEmpty()) {
        title = normalize(line.text());
      } else if (line.kind().isText() && line.kind() != PdfLine.Kind.TITLE) {
        bodyLines.add(line);
        bodyPages.add(pageOfLine[i]);
      }
    }
    return paragraphs(title, bodyLines, bodyPages);
  }

  private ParsedDocument paragraphs(String title, List<PdfLine> bodyLines, List<Integer> bodyPages) {
    List<String> paragraphs = new ArrayList<>();
    List<Integer> pages = new ArrayList<>();
    for (PdfParagraphJoiner.Joined raw : PdfParagraphJoiner.forLines(bodyLines).join(bodyLines)) {
      String paragraph = ABSTRACT_LABEL.matcher(normalizeParagraph(raw.text())).replaceFirst("");
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
        pages.add(bodyPages.get(raw.firstLine()));
      }
    }
    return ParsedDocument.of(title, Optional.empty(), Optional.empty(), paragraphs).withPages(pages);
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
