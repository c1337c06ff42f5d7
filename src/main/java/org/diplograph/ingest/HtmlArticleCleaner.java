package org.diplograph.ingest;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns article HTML into paragraphs of text. Block elements (p, div, li, headings, blockquote,
 * figcaption, …) and {@code br} end a paragraph; inline markup is flattened without adding spaces;
 * entities are decoded; whitespace runs collapse to one space and ends are trimmed. Scripts, media,
 * navigation, sharing/newsletter/promotion/credit containers, related-article and other link lists
 * ({@link RelatedListPruner}) and furniture lines (dates, image credits, "相关推荐", copyright lines, …) are
 * dropped. Immutable and thread-safe.
 */
public final class HtmlArticleCleaner {
  private static final String DROPPED_TAGS =
      "script, style, noscript, template, head, link, meta, img, picture, source, video, audio, iframe, object,"
          + " embed, svg, canvas, nav, footer, aside, form, button, input, select, textarea";
  private static final ImmutableSet<String> BLOCK_TAGS =
      ImmutableSet.of(
          "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
          "figure", "figcaption", "section", "article", "header", "main", "table", "tr", "td", "th",
          "caption", "pre", "address", "hr", "br", "center", "details", "summary", "body");
  private static final List<String> NOISE_NAME_PARTS =
      List.of("share", "social", "promo", "newsletter", "related", "recommend", "footer", "copyright",
          "advert", "sponsor", "subscribe", "breadcrumb", "credit", "fenxiang");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

  private final BoilerplateFilter furniture = BoilerplateFilter.withBundledPhrases();
  private final RelatedListPruner relatedLists = RelatedListPruner.withBundledHeadings();

  /** The clean paragraphs of an HTML fragment or page body. */
  public List<String> paragraphs(String html) {
    return paragraphs(Jsoup.parseBodyFragment(html).body());
  }

  /** The clean paragraphs of the content under {@code root}; {@code root} itself is not changed. */
  public List<String> paragraphs(Element root) {
    Element content = root.clone();
    removeNonContent(content);
    relatedLists.prune(content);
    List<String> blocks = new ArrayList<>();
    NodeTraversor.traverse(new BlockCollector(blocks), content);
    return blocks.stream().filter(block -> !furniture.isFurniture(block)).toList();
  }

  private static void removeNonContent(Element content) {
    content.select(DROPPED_TAGS).remove();
    List<Element> noise = content.getAllElements().stream().filter(HtmlArticleCleaner::isNoise).toList();
    noise.forEach(Element::remove);
  }

  /** A sharing, social, promotion, newsletter, related-links or footer container. */
  private static boolean isNoise(Element element) {
    if (element.parent() == null || element.tagName().equals("body")) {
      return false;
    }
    if (hasNoisePart(element.tagName())) {
      return true;
    }
    boolean noisyAttribute =
        element.attributes().asList().stream()
            .anyMatch(a -> a.getKey().startsWith("data-selfpromo") || hasNoisePart(a.getKey()));
    return noisyAttribute || hasNoisePart(element.id()) || hasNoisePart(element.className());
  }

  private static boolean hasNoisePart(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return NOISE_NAME_PARTS.stream().anyMatch(lower::contains);
  }

  /** Collapses whitespace runs to one space and trims ASCII and ideographic spaces at the ends. */
  static String tidy(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  /** Appends text to the current block; block boundaries flush it as one paragraph. */
  private static final class BlockCollector implements NodeVisitor {
    private final List<String> blocks;
    private final StringBuilder current = new StringBuilder();

    BlockCollector(List<String> blocks) {
      this.blocks = blocks;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        current.append(text.getWholeText());
      } else if (isBlock(node)) {
        flush();
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (isBlock(node)) {
        flush();
      }
    }

    private static boolean isBlock(Node node) {
      return node instanceof Element element && BLOCK_TAGS.contains(element.normalName());
    }

    private void flush() {
      String block = tidy(current.toString());
      if (!block.isEmpty()) {
        blocks.add(block);
      }
      current.setLength(0);
    }
  }
}
