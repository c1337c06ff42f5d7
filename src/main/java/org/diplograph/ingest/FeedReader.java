package org.diplograph.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome: each item becomes a document with its link,
 * title, date (the item's publication, else update, instant as a UTC calendar day), the feed's outlet
 * (channel title, else the host of the channel link) and the paragraphs of its content (else its
 * description) cleaned by {@link HtmlArticleCleaner}. An item without text is skipped and the others are
 * kept; an item whose date is missing or unreadable is kept without a date; each of the two is one warning
 * per feed, naming the items. Thread-safe.
 */
public final class FeedReader {
  private static final Logger LOG = LoggerFactory.getLogger(FeedReader.class);
  /** Item ranges named in a warning; the rest are counted. */
  private static final int MAX_RANGES = 5;

  private final HtmlArticleCleaner cleaner;

  /** A reader handing item HTML to the given cleaner. */
  public FeedReader(HtmlArticleCleaner cleaner) {
    this.cleaner = cleaner;
  }

  /**
   * The readable items of the feed, in feed order.
   *
   * @throws IngestException naming the source if the text is not a well-formed feed
   */
  public List<FeedItem> parse(String source, String text) {
    SyndFeed feed = build(source, text);
    Optional<String> outlet = outlet(feed);
    List<FeedItem> items = new ArrayList<>();
    List<Integer> empty = new ArrayList<>();
    List<Integer> undated = new ArrayList<>();
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      int number = i + 1;
      Optional<ParsedDocument> doc = item(entries.get(i));
      if (doc.isEmpty()) {
        empty.add(number);
      } else {
        if (doc.get().published().isEmpty()) {
          undated.add(number);
        }
        items.add(new FeedItem(number, doc.get().withOutlet(outlet), key(entries.get(i))));
      }
    }
    warn(source, empty, entries.size(), "neither title nor text; skipped");
    warn(source, undated, entries.size(), "no readable date; kept without one");
    return items;
  }

  /** One line for all the items with the same problem: a feed of 800 undated items is one warning. */
  private static void warn(String source, List<Integer> numbers, int total, String problem) {
    if (!numbers.isEmpty()) {
      LOG.warn("{}: {} of {} feed item(s) ({}) with {}", source, numbers.size(), total, ranges(numbers), problem);
    }
  }

  /** "item 3", "items 1-3, 5, 9-800", the first few ranges only. */
  static String ranges(List<Integer> ascending) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < ascending.size() && parts.size() < MAX_RANGES) {
      int j = i;
      while (j + 1 < ascending.size() && ascending.get(j + 1) == ascending.get(j) + 1) {
        j++;
      }
      parts.add(i == j ? String.valueOf(ascending.get(i)) : ascending.get(i) + "-" + ascending.get(j));
      i = j + 1;
    }
    String more = i < ascending.size() ? ", …" : "";
    return (ascending.size() == 1 ? "item " : "items ") + String.join(", ", parts) + more;
  }

  private static SyndFeed build(String source, String text) {
    try {
      return new SyndFeedInput(false, Locale.US).build(new StringReader(text));
    } catch (FeedException | IllegalArgumentException e) {
      throw new IngestException(source, "not a readable RSS or Atom feed: " + e.getMessage(), e);
    }
  }

  private static Optional<String> outlet(SyndFeed feed) {
    String title = plain(feed.getTitle());
    if (!title.isEmpty()) {
      return Optional.of(title);
    }
    return Optional.ofNullable(feed.getLink()).flatMap(OutletResolver::fromUrl);
  }

  /** The item as a document; empty when it holds no text. */
  private Optional<ParsedDocument> item(SyndEntry entry) {
    String title = plain(entry.getTitle());
    List<String> paragraphs = paragraphs(entry).stream().dropWhile(p -> p.equals(title)).toList();
    if (title.isEmpty() && paragraphs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ParsedDocument.of(title, link(entry), published(entry), paragraphs));
  }

  private List<String> paragraphs(SyndEntry entry) {
    List<SyndContent> contents =
        entry.getContents().stream().filter(c -> c.getValue() != null && !c.getValue().isBlank()).toList();
    if (contents.isEmpty() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
      contents = List.of(entry.getDescription());
    }
    return contents.stream().flatMap(this::paragraphs).toList();
  }

  private Stream<String> paragraphs(SyndContent content) {
    String type = Optional.ofNullable(content.getType()).orElse("html").toLowerCase(Locale.ROOT);
    if (type.equals("text") || type.equals("text/plain")) {
      return content.getValue().lines().map(HtmlArticleCleaner::tidy).filter(line -> !line.isEmpty());
    }
    return cleaner.paragraphs(content.getValue()).stream();
  }

  private static Optional<String> link(SyndEntry entry) {
    return Stream.of(entry.getLink(), entry.getUri())
        .filter(u -> u != null && (u.startsWith("http://") || u.startsWith("https://")))
        .map(String::strip)
        .findFirst();
  }

  /** The item's guid (RSS) or id (Atom), else its link; blank ones ignored. */
  private static Optional<String> key(SyndEntry entry) {
    return Stream.of(entry.getUri(), entry.getLink())
        .filter(u -> u != null && !u.isBlank())
        .map(String::strip)
        .findFirst();
  }

  private static Optional<LocalDate> published(SyndEntry entry) {
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return Optional.ofNullable(date).map(d -> LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC));
  }

  /** The text of a title that may hold markup or entities, tidied; empty for null. */
  private static String plain(String text) {
    return text == null ? "" : HtmlArticleCleaner.tidy(Jsoup.parseBodyFragment(text).text());
  }
}
