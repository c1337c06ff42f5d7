package org.diplograph.ingest;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.Multiset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Gives each line of one PDF-extracted text its role: the title (the first line, when it reads as a
 * heading), headings, body text, or furniture to drop (footnotes and citations, URLs and access dates,
 * page numbers, running headers repeated across pages). Built per document; not shared.
 */
final class PdfLineClassifier {
  /** Lines repeated this often are running headers or footers. */
  private static final int RUNNING_HEADER_REPEATS = 3;

  private static final Pattern FOOTNOTE_MARKER_START = Pattern.compile("^" + FootnoteMarkers.CLASS);
  private static final Pattern URL = Pattern.compile("https?\\s*:|www\\s*\\.\\s*\\w", Pattern.CASE_INSENSITIVE);
  private static final Pattern ACCESS_DATE =
      Pattern.compile("accessed\\s*(on)?\\s*:|retrieved\\s*:|访问时间|访问日期|登录时间|检索日期|浏览日期");
  private static final Pattern PAGE_NUMBER = Pattern.compile("^(第\\s*\\d+\\s*页|[\\p{N}\\p{Punct}\\s]+)$");
  private static final Pattern METADATA = Pattern.compile("^(关\\s*键\\s*词|中图分类号|文献标识码|DOI)\\s*[:：]");
  private static final Pattern HEADING =
      Pattern.compile(
          "^([一二三四五六七八九十]{1,3}[\\u3000、．.]"
              + "|[（(][一二三四五六七八九十]{1,3}[）)]"
              + "|第[一二三四五六七八九十百\\d]+[章节部分篇]"
              + "|\\d{1,2}(\\.\\d{1,2})*[.．、]\\s*[^\\d\\s.])");

  /** A title is one phrase: a first line with clause punctuation is body text, not a title. */
  private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[，,；;。]");

  private final Multiset<String> lineCounts;

  private PdfLineClassifier(Multiset<String> lineCounts) {
    this.lineCounts = ImmutableMultiset.copyOf(lineCounts);
  }

  /** A classifier for the given lines (needed to find running headers). */
  static PdfLineClassifier forLines(List<String> lines) {
    Multiset<String> counts = HashMultiset.create();
    lines.forEach(line -> counts.add(squeeze(line)));
    return new PdfLineClassifier(counts);
  }

  /** Every line with its role, in order; the first text line becomes the title when it reads as one. */
  List<PdfLine> classify(List<String> lines) {
    List<PdfLine> out = new ArrayList<>(lines.size());
    String title = "";
    boolean seenText = false;
    for (String line : lines) {
      PdfLine classified = classify(line, title, !seenText);
      if (classified.kind() == PdfLine.Kind.TITLE) {
        title = squeeze(classified.text());
      }
      seenText |= classified.kind().isText();
      out.add(classified);
    }
    return out;
  }

  private PdfLine classify(String raw, String title, boolean firstText) {
    String text = raw.strip();
    PdfLine.Kind kind = furnitureKind(text, title);
    if (kind == PdfLine.Kind.BODY) {
      kind = textKind(text, firstText);
    }
    return new PdfLine(kind, text, isIndented(raw));
  }

  private PdfLine.Kind furnitureKind(String text, String title) {
    if (text.isEmpty()) {
      return PdfLine.Kind.BLANK;
    }
    if (isFootnote(text)) {
      return PdfLine.Kind.FOOTNOTE;
    }
    if (PAGE_NUMBER.matcher(text).matches()) {
      return PdfLine.Kind.PAGE_NUMBER;
    }
    if (squeeze(text).equals(title) || isRepeated(text)) {
      return PdfLine.Kind.RUNNING_HEADER;
    }
    return METADATA.matcher(text).find() ? PdfLine.Kind.METADATA : PdfLine.Kind.BODY;
  }

  private static boolean isFootnote(String text) {
    return FOOTNOTE_MARKER_START.matcher(text).find()
        || URL.matcher(text).find()
        || ACCESS_DATE.matcher(text.toLowerCase(Locale.ROOT)).find()
        || !CjkChars.containsCjkScript(text);
  }

  private boolean isRepeated(String text) {
    return lineCounts.count(squeeze(text)) >= RUNNING_HEADER_REPEATS && !CjkChars.endsSentence(text);
  }

  private static PdfLine.Kind textKind(String text, boolean firstText) {
    if (firstText && !CjkChars.endsSentence(text) && !CLAUSE_PUNCTUATION.matcher(text).find()) {
      return PdfLine.Kind.TITLE;
    }
    return isHeading(text) ? PdfLine.Kind.HEADING : PdfLine.Kind.BODY;
  }

  /** A numbered heading: 一　…, （一）…, 第一章 …, 1. … — short of a sentence end. */
  static boolean isHeading(String text) {
    return HEADING.matcher(text).find() && !CjkChars.endsSentence(text) && text.indexOf('。') < 0;
  }

  private static boolean isIndented(String raw) {
    String lead = raw.substring(0, raw.length() - raw.stripLeading().length());
    return lead.indexOf('\u3000') >= 0;
  }

  /** The line with all whitespace removed, for comparing lines that differ only in extracted spaces. */
  private static String squeeze(String line) {
    return line.replaceAll("[\\s\\u3000\\u00A0]+", "");
  }
}
