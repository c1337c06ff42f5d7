package org.diplograph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata, first what the page declares, then what it shows. Title: {@code og:title},
 * JSON-LD {@code headline}, the {@code h1} that opens the {@code <title>}, the {@code <title>} without its
 * site suffix ({@code 标题_新华网}, {@code 标题 | 国际 | 中央社}), the first {@code h1}. Address: canonical
 * link, {@code og:url}, JSON-LD {@code url}. Date: publication meta tags, JSON-LD {@code datePublished},
 * {@code <time datetime>}, then a date in an element whose class or id names a date or time; a date-time with
 * an offset gives the calendar day as written (the article's own day), not the UTC day. Outlet:
 * {@code og:site_name}, JSON-LD {@code publisher.name}. Stateless and thread-safe.
 */
final class PageMetadataReader {
  private static final String DATE_META =
      "meta[property=article:published_time], meta[name=pubdate], meta[name=publishdate],"
          + " meta[name=publish-date], meta[name=PubDate], meta[name=date], meta[itemprop=datePublished]";
  private static final String VISIBLE_DATE =
      "[class~=(?i)(date|time)], [id~=(?i)(date|time)]";
  private static final Pattern DATE =
      Pattern.compile("((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)");
  /** A site suffix: after {@code _}, {@code |} or a spaced dash, a short segment without sentence marks. */
  private static final Pattern SITE_SUFFIX =
      Pattern.compile("\\s*(?:[_|｜]|\\s[-–—]\\s)\\s*[^_|｜。，！？]{1,20}$");
  private static final int MIN_TITLE_LENGTH = 4;

  /** The metadata of the page. */
  PageMetadata read(Document page) {
    Optional<JsonLdArticle> jsonLd = JsonLdArticle.find(page);
    Optional<String> outlet =
        firstNonBlank(Stream.concat(
            Stream.of(page.select("meta[property=og:site_name]").attr("content")),
            jsonLd.flatMap(JsonLdArticle::publisherName).stream()));
    return new PageMetadata(title(page, jsonLd, outlet), url(page, jsonLd), published(page, jsonLd), outlet);
  }

  private static String title(Document page, Optional<JsonLdArticle> jsonLd, Optional<String> outlet) {
    String pageTitle = HtmlArticleCleaner.tidy(page.title());
    List<String> headings = page.select("h1").eachText().stream().map(HtmlArticleCleaner::tidy).toList();
    return firstNonBlank(Stream.of(
            Stream.of(withoutSuffix(page.select("meta[property=og:title]").attr("content"), outlet)),
            jsonLd.flatMap(JsonLdArticle::headline).stream(),
            headings.stream().filter(h -> h.length() >= MIN_TITLE_LENGTH && pageTitle.startsWith(h)),
            Stream.of(withoutSiteSuffix(pageTitle)),
            headings.stream())
        .flatMap(s -> s))
        .orElse("");
  }

  private static Optional<String> url(Document page, Optional<JsonLdArticle> jsonLd) {
    return firstNonBlank(Stream.concat(
        Stream.of(page.select("link[rel=canonical]").attr("href"), page.select("meta[property=og:url]").attr("content")),
        jsonLd.flatMap(JsonLdArticle::url).stream()));
  }

  private static Optional<LocalDate> published(Document page, Optional<JsonLdArticle> jsonLd) {
    return Stream.of(
            page.select(DATE_META).eachAttr("content").stream(),
            jsonLd.flatMap(JsonLdArticle::datePublished).stream(),
            page.select("time[datetime]").eachAttr("datetime").stream(),
            page.select(VISIBLE_DATE).stream().map(Element::ownText),
            page.select(VISIBLE_DATE).stream().map(Element::text))
        .flatMap(s -> s)
        .map(PageMetadataReader::date)
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The first date written in the value (ISO, slashed or 年月日), as written: no time-zone shift. */
  static Optional<LocalDate> date(String value) {
    Matcher m = DATE.matcher(value);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The declared title without its site suffix: stripped like {@code <title>} only when its last segment
   * names the outlet, since a declared title usually has none.
   */
  private static String withoutSuffix(String title, Optional<String> outlet) {
    String tidy = HtmlArticleCleaner.tidy(title);
    Matcher m = SITE_SUFFIX.matcher(tidy);
    boolean namesOutlet = m.find() && outlet.filter(o -> m.group().contains(o)).isPresent();
    return namesOutlet ? withoutSiteSuffix(tidy) : tidy;
  }

  /** The title without its trailing site segments, as long as a title of some length remains. */
  static String withoutSiteSuffix(String title) {
    String current = title;
    Matcher m = SITE_SUFFIX.matcher(current);
    while (m.find() && m.start() >= MIN_TITLE_LENGTH) {
      current = current.substring(0, m.start()).strip();
      m = SITE_SUFFIX.matcher(current);
    }
    return current;
  }

  private static Optional<String> firstNonBlank(Stream<String> values) {
    return values.map(HtmlArticleCleaner::tidy).filter(v -> !v.isEmpty()).findFirst();
  }
}
