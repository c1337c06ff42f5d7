package org.diplograph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article described in a page's JSON-LD ({@code <script type="application/ld+json">}): the
 * first node typed {@code NewsArticle} (or another article type), found at the top level, in an array or in
 * an {@code @graph}. Scripts that are not valid JSON are ignored; trailing commas and raw control
 * characters in strings, common in news pages, are accepted.
 *
 * @param headline the article's headline
 * @param datePublished the publication date-time as written
 * @param publisherName the publisher's name
 * @param url the article's address ({@code url}, else {@code mainEntityOfPage})
 */
record JsonLdArticle(
    Optional<String> headline, Optional<String> datePublished, Optional<String> publisherName, Optional<String> url) {
  private static final ImmutableSet<String> ARTICLE_TYPES =
      ImmutableSet.of("NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
          "Report");
  /** Thread-safe once configured. */
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .build();

  /** The first article described in the page's JSON-LD, if any. */
  static Optional<JsonLdArticle> find(Document page) {
    return page.select("script[type=application/ld+json]").stream()
        .map(Element::data)
        .flatMap(JsonLdArticle::nodes)
        .filter(JsonLdArticle::isArticle)
        .findFirst()
        .map(JsonLdArticle::of);
  }

  private static Stream<JsonNode> nodes(String json) {
    try {
      List<JsonNode> out = new ArrayList<>();
      collect(JSON.readTree(json), out);
      return out.stream();
    } catch (JsonProcessingException e) {
      return Stream.empty();
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isArray()) {
      node.forEach(child -> collect(child, out));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.path("@graph"), out);
    }
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.path("@type");
    List<JsonNode> types = type.isArray() ? ImmutableList.copyOf(type.elements()) : List.of(type);
    return types.stream().anyMatch(t -> ARTICLE_TYPES.contains(t.asText()));
  }

  private static JsonLdArticle of(JsonNode node) {
    JsonNode publisher = node.path("publisher").isArray() ? node.path("publisher").path(0) : node.path("publisher");
    JsonNode page = node.path("mainEntityOfPage");
    return new JsonLdArticle(
        text(node.path("headline")),
        text(node.path("datePublished")),
        text(publisher.path("name")).or(() -> text(publisher)),
        text(node.path("url")).or(() -> text(page)).or(() -> text(page.path("@id"))));
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText().strip()) : Optional.empty();
  }
}
