package org.diplograph.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Parses an HTML page or fragment: the title from {@code og:title}, the first {@code h1} or
 * {@code <title>}; the address from the canonical link or {@code og:url}; the date from
 * {@code article:published_time}, a date meta tag or {@code <time datetime>}; the paragraphs from the
 * {@code article} (else {@code main}, else {@code body}) through {@link HtmlArticleCleaner}. Immutable and
 * thread-safe.
 */
public final class HtmlPageParser {
  private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");
  private static final String DATE_META =
      "meta[property=article:published_time], meta[name=pubdate], meta[name=publishdate],"
          + " meta[name=publish-date], meta[name=date], meta[itemprop=datePublished]";

  private final HtmlArticleCleaner cleaner;

  /** A parser handing content to the given cleaner. */
  public HtmlPageParser(HtmlArticleCleaner cleaner) {
    this.cleaner = cleaner;
  }

  /** The document in an HTML page or fragment; paragraphs repeating the title are left out. */
  public ParsedDocument parse(String html) {
    Document page = Jsoup.parse(html);
    String title = title(page);
    List<String> paragraphs =
        cleaner.paragraphs(contentRoot(page)).stream().dropWhile(p -> p.equals(title)).toList();
    return ParsedDocument.of(title, url(page), published(page), paragraphs);
  }

  private static String title(Document page) {
    return Stream.of(
            page.select("meta[property=og:title]").attr("content"),
            Optional.ofNullable(page.selectFirst("h1")).map(Element::text).orElse(""),
            page.title())
        .map(HtmlArticleCleaner::tidy)
        .filter(t -> !t.isEmpty())
        .findFirst()
        .orElse("");
  }

  private static Optional<String> url(Document page) {
    return Stream.of(
            page.select("link[rel=canonical]").attr("href"),
            page.select("meta[property=og:url]").attr("content"))
        .map(String::strip)
        .filter(u -> !u.isEmpty())
        .findFirst();
  }

  private static Optional<LocalDate> published(Document page) {
    return Stream.concat(
            page.select(DATE_META).eachAttr("content").stream(),
            page.select("time[datetime]").eachAttr("datetime").stream())
        .map(HtmlPageParser::isoDate)
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<LocalDate> isoDate(String value) {
    Matcher m = ISO_DATE.matcher(value);
    try {
      return m.find() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Element contentRoot(Document page) {
    return Stream.of("article", "main", "[itemprop=articleBody]")
        .flatMap(query -> Optional.ofNullable(page.selectFirst(query)).stream())
        .findFirst()
        .orElse(page.body());
  }
}
