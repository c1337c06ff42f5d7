package org.diplograph.ingest;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * Removes lists of links to other articles from article HTML: a block headed by a related-list phrase
 * ({@code 相关推荐}, {@code 延伸阅读}, {@code 热点新闻}, …, read from {@code related-list-headings.txt}) with the
 * link list it heads, and any list or block made mostly of links (at least {@value #MIN_LINKS} links carrying
 * most of its text). Prose with a link or two stays. Immutable and thread-safe.
 */
final class RelatedListPruner {
  private static final int MIN_LINKS = 3;
  /** A block is a link list when links carry at least this share of its text. */
  private static final double LINK_TEXT_SHARE = 0.6;
  /** A heading is short; longer text that opens with a phrase is content. */
  private static final int MAX_HEADING_LENGTH = 12;
  private static final String LINK_BLOCKS = "ul, ol, dl, div, section, table, p";

  private final ImmutableList<String> headings;

  private RelatedListPruner(List<String> headings) {
    this.headings = ImmutableList.copyOf(headings);
  }

  /** A pruner using the headings bundled with this package. */
  static RelatedListPruner withBundledHeadings() {
    try (InputStream in = RelatedListPruner.class.getResourceAsStream("related-list-headings.txt")) {
      if (in == null) {
        throw new IllegalStateException("related-list-headings.txt missing from the classpath");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new RelatedListPruner(text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT)).toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read related-list-headings.txt", e);
    }
  }

  /** Removes the related lists and link lists under {@code content} (not {@code content} itself). */
  void prune(Element content) {
    content.getAllElements().stream().filter(e -> e != content && isRelatedHeading(e)).toList()
        .forEach(heading -> removeWithList(heading, content));
    content.select(LINK_BLOCKS).stream().filter(e -> e != content && isLinkList(e)).toList()
        .forEach(Element::remove);
  }

  private boolean isRelatedHeading(Element element) {
    String text = HtmlArticleCleaner.tidy(element.text()).toLowerCase(Locale.ROOT);
    return text.length() <= MAX_HEADING_LENGTH && headings.stream().anyMatch(text::startsWith);
  }

  /** Removes the heading's list: the parent when it is links apart from the heading, else the links after it. */
  private static void removeWithList(Element heading, Element content) {
    Element parent = heading.parent();
    if (parent != null && parent != content && isLinks(parent, heading)) {
      parent.remove();
      return;
    }
    Element next = heading.nextElementSibling();
    while (next != null && isLinks(next, null)) {
      Element after = next.nextElementSibling();
      next.remove();
      next = after;
    }
    heading.remove();
  }

  private static boolean isLinkList(Element block) {
    return block.select("a").size() >= MIN_LINKS && linkShare(block, null) >= LINK_TEXT_SHARE;
  }

  /** True when the block (leaving out {@code except}) has links and they carry most of its text. */
  private static boolean isLinks(Element block, @Nullable Element except) {
    return !block.select("a").isEmpty() && linkShare(block, except) >= LINK_TEXT_SHARE;
  }

  /** The share of the block's text, leaving out {@code except}, that is link text. */
  private static double linkShare(Element block, @Nullable Element except) {
    int all = block.text().length() - (except == null ? 0 : except.text().length());
    int links = block.select("a").stream()
        .filter(a -> except == null || (a != except && !a.parents().contains(except)))
        .mapToInt(a -> a.text().length())
        .sum();
    return all <= 0 ? 0 : (double) links / all;
  }
}
