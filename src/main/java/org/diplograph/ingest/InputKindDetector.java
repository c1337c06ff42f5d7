package org.diplograph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the kind of an input from its content, never from its file name: the {@code %PDF-} magic; a feed's
 * root element ({@code <rss>}, Atom {@code <feed>}, RSS 1.0 {@code <rdf:RDF>}); the seed header line; HTML
 * tags; PDF-extraction traits (most lines stopping mid-sentence, spaces between CJK characters); otherwise
 * plain text. Stateless and thread-safe.
 */
public final class InputKindDetector {
  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  /** PDF readers accept the magic anywhere in the first kilobyte. */
  private static final int PDF_MAGIC_WINDOW = 1024;
  private static final int FEED_HEAD = 4096;
  /** The first start tag: not a processing instruction, comment or doctype. */
  private static final Pattern FIRST_ELEMENT = Pattern.compile("<([A-Za-z][\\w:.-]*)([^>]*)>");
  private static final String ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";
  private static final String RSS1_NAMESPACE = "http://purl.org/rss/1.0/";
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "<(!doctype\\s+html|html|head|body|article|section|div|p|span|br|h[1-6]|ul|ol|li|a|strong|em|b|i"
              + "|img|table|blockquote|figure|meta|title)(\\s[^>]*)?/?>",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACED_CJK = Pattern.compile("[\\p{IsHan}，。、；：][ \\t]+[\\p{IsHan}“”]");
  /** A document is HTML when it has at least this many tags (one if the text starts with a tag). */
  private static final int MIN_HTML_TAGS = 3;
  /** At least this many lines before line shape says anything. */
  private static final int MIN_LINES = 4;
  private static final double BROKEN_LINE_SHARE = 0.5;
  private static final double SPACED_CJK_PER_LINE = 0.5;

  /** True when the bytes are a PDF file: {@code %PDF-} within the first kilobyte. */
  public boolean isPdf(byte[] content) {
    int last = Math.min(content.length, PDF_MAGIC_WINDOW) - PDF_MAGIC.length;
    for (int i = 0; i <= last; i++) {
      if (Arrays.equals(content, i, i + PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
        return true;
      }
    }
    return false;
  }

  /** The kind of the given (decoded) input text; never {@link InputKind#PDF}, which is told by bytes. */
  public InputKind detect(String text) {
    String start = text.stripLeading();
    if (looksLikeFeed(start)) {
      return InputKind.FEED;
    }
    if (SeedFormatParser.HEADER.matcher(start.lines().findFirst().orElse("")).matches()) {
      return InputKind.SEED;
    }
    if (looksLikeHtml(start)) {
      return InputKind.HTML;
    }
    return looksLikePdfText(text) ? InputKind.PDF_TEXT : InputKind.PLAIN_TEXT;
  }

  /** The root element is {@code rss}, an Atom {@code feed}, or an RSS 1.0 {@code rdf:RDF}. */
  private static boolean looksLikeFeed(String text) {
    Matcher root = FIRST_ELEMENT.matcher(text.substring(0, Math.min(text.length(), FEED_HEAD)));
    if (!root.find()) {
      return false;
    }
    return switch (root.group(1)) {
      case "rss" -> true;
      case "feed" -> root.group(2).contains(ATOM_NAMESPACE);
      case "rdf:RDF" -> text.contains(RSS1_NAMESPACE);
      default -> false;
    };
  }

  private static boolean looksLikeHtml(String text) {
    Matcher m = HTML_TAG.matcher(text);
    int tags = 0;
    while (tags < MIN_HTML_TAGS && m.find()) {
      tags++;
    }
    return tags >= MIN_HTML_TAGS || (tags > 0 && text.startsWith("<"));
  }

  private static boolean looksLikePdfText(String text) {
    List<String> lines = text.lines().map(String::strip).filter(l -> CjkChars.containsHan(l)).toList();
    if (lines.size() < MIN_LINES) {
      return false;
    }
    long broken = lines.stream().filter(LineJoiner::looksWrapped).count();
    long spaced = SPACED_CJK.matcher(text).results().count();
    return broken >= BROKEN_LINE_SHARE * lines.size() || spaced >= SPACED_CJK_PER_LINE * lines.size();
  }
}
