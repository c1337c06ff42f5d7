package org.diplograph.ingest;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Parses a saved web page or an HTML fragment: the metadata from what the page declares
 * ({@link PageMetadataReader}: {@code og:} tags, JSON-LD {@code NewsArticle}, {@code <time>}, canonical
 * link); the page chrome (navigation, page header and footer, sidebars) removed; the article body located
 * ({@link ArticleBodyLocator}) and turned into paragraphs by {@link HtmlArticleCleaner}, which drops share
 * bars, related-article lists, image credits and copyright lines. Immutable and thread-safe.
 */
public final class HtmlPageParser {
  private static final String PAGE_CHROME =
      "nav, footer, aside, [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";

  private final HtmlArticleCleaner cleaner;
  private final PageMetadataReader metadataReader = new PageMetadataReader();
  private final ArticleBodyLocator bodyLocator = new ArticleBodyLocator();

  /** A parser handing content to the given cleaner. */
  public HtmlPageParser(HtmlArticleCleaner cleaner) {
    this.cleaner = cleaner;
  }

  /** The document in an HTML page or fragment; paragraphs repeating the title at the start are left out. */
  public ParsedDocument parse(String html) {
    Document page = Jsoup.parse(html);
    PageMetadata metadata = metadataReader.read(page);
    removeChrome(page);
    String title = metadata.title();
    List<String> paragraphs =
        cleaner.paragraphs(bodyLocator.locate(page)).stream().dropWhile(p -> p.equals(title)).toList();
    return ParsedDocument.of(title, metadata.url(), metadata.published(), paragraphs)
        .withOutlet(metadata.outlet());
  }

  /** Removes navigation, sidebars, footers and the page header (an article's own header stays). */
  private static void removeChrome(Document page) {
    page.select(PAGE_CHROME).remove();
    page.select("header").stream().filter(h -> h.closest("article") == null).forEach(Element::remove);
  }
}
