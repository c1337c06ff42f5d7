package org.diplograph.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding a page's article text: the first of the usual article containers
 * ({@code itemprop=articleBody}, {@code <article>}, {@code .TRS_Editor}, {@code #artibody}, …) that holds
 * most of the page's paragraph text, else the element whose own {@code <p>} children hold the most CJK
 * text, else the body. The check on paragraph text keeps a teaser {@code <article>} in a sidebar from being
 * taken for the story. Stateless and thread-safe.
 */
final class ArticleBodyLocator {
  private static final List<String> CONTAINERS =
      List.of("[itemprop=articleBody]", "article", ".TRS_Editor", "#artibody", ".post_body", ".article-content",
          "#content", ".article", "main");
  /** A container must hold at least this share of the CJK text of the densest paragraph group. */
  private static final double MIN_SHARE = 0.6;

  /** The element holding the article text of the page. */
  Element locate(Document page) {
    Optional<Element> densest = densestParagraphParent(page);
    int densestText = densest.map(ArticleBodyLocator::ownParagraphCjk).orElse(0);
    for (String query : CONTAINERS) {
      for (Element candidate : page.select(query)) {
        if (cjk(candidate.select("p").text()) >= MIN_SHARE * densestText && !candidate.text().isBlank()) {
          return candidate;
        }
      }
    }
    return densest.orElse(page.body());
  }

  /** The parent whose {@code <p>} children together hold the most CJK characters. */
  private static Optional<Element> densestParagraphParent(Document page) {
    Map<Element, Integer> byParent = new HashMap<>();
    for (Element p : page.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        byParent.merge(parent, cjk(p.text()), Integer::sum);
      }
    }
    return byParent.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey);
  }

  private static int ownParagraphCjk(Element parent) {
    return parent.children().stream().filter(c -> c.normalName().equals("p")).mapToInt(c -> cjk(c.text())).sum();
  }

  private static int cjk(String text) {
    return (int) text.codePoints().filter(CjkChars::isCjk).count();
  }
}
