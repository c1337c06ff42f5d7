package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.diplograph.model.Script;
import org.diplograph.model.SourceDoc;
import org.junit.jupiter.api.Test;

class HtmlPageParserTest {
  private final DocumentReader reader = new DocumentReader();
  private final HtmlPageParser parser = new HtmlPageParser(new HtmlArticleCleaner());

  @Test
  void xinhuaStylePageKeepsTheBodyAndDropsMenusCaptionsEditorsRelatedNewsAndFooter() {
    SourceDoc doc = reader.read(Fixtures.path("page-xinhua-style.html")).get(0);
    assertEquals("王毅同东盟国家外长举行会谈", doc.title());
    assertEquals(Optional.of("http://www.news.example.cn/world/20240726/abc123/c.html"), doc.url());
    assertEquals(Optional.of(LocalDate.of(2024, 7, 26)), doc.published());
    assertEquals(Optional.of("www.news.example.cn"), doc.outlet());
    assertEquals(
        List.of(
            "新华社万象7月26日电（记者 甲乙）7月26日，中共中央政治局委员、外交部长王毅在万象同东盟国家外长举行会谈。",
            "王毅表示，中方愿同东盟国家一道，加快推进“南海行为准则”磋商，共同维护地区和平稳定。",
            "东盟国家外长表示，东盟愿同中方深化各领域合作。"),
        doc.paragraphs());
  }

  @Test
  void zaobaoStylePageTakesMetadataFromJsonLdAndSkipsTheTeaserArticle() {
    SourceDoc doc = reader.read(Fixtures.path("page-zaobao-style.html")).get(0);
    assertEquals("布林肯抵达老挝出席东盟会议", doc.title());
    assertEquals(Optional.of("https://www.zaobao.example.sg/news/world/story20240727-1"), doc.url());
    // 01:30 on 27 July in Singapore: the article's own day, not the UTC day (26 July)
    assertEquals(Optional.of(LocalDate.of(2024, 7, 27)), doc.published());
    assertEquals(Optional.of("联合早报示例"), doc.outlet());
    assertEquals(
        List.of(
            "美国国务卿布林肯7月27日抵达万象。（法新社）",
            "（万象综合电）美国国务卿布林肯星期六（7月27日）抵达老挝首都万象，出席东盟外长系列会议。",
            "这是布林肯今年第二次访问东南亚。他将与东盟国家外长举行会谈，并可能与中国外长会面。",
            "分析人士认为，美国希望借此巩固与东盟国家的关系。"),
        doc.paragraphs());
    assertEquals(Script.SIMPLIFIED, doc.script());
  }

  @Test
  void cnaStylePageStripsTheSiteSuffixAndDropsCreditsEditorLineAndReprintNotice() {
    SourceDoc doc = reader.read(Fixtures.path("page-cna-style.html")).get(0);
    assertEquals("王毅晤東協外長 談南海情勢", doc.title());
    assertEquals(Optional.of("https://www.cna.example.tw/news/aopl/202407260123.aspx"), doc.url());
    assertEquals(Optional.of(LocalDate.of(2024, 7, 26)), doc.published());
    assertEquals(Optional.of("中央社示例 CNA"), doc.outlet());
    assertEquals(
        List.of(
            "中國外長王毅（右）26日在永珍會見東協國家外長。（中新社）",
            "（中央社台北26日電）中國外交部長王毅26日在寮國永珍與東協國家外長會談，雙方討論南海情勢。",
            "王毅表示，中方願與東協國家加快「南海行為準則」磋商。菲律賓外長則重申維護國際法的立場。"),
        doc.paragraphs());
    assertEquals(Script.TRADITIONAL, doc.script());
  }

  @Test
  void relatedListInsideTheArticleIsDroppedWithItsHeading() {
    String html = "<article><p>双方签署联合声明，宣布建立全面战略伙伴关系。</p>"
        + "<div><h4>延伸阅读</h4><ul><li><a href=\"/1\">甲国总统访华</a></li></ul></div>"
        + "<p>双方还就地区局势交换了意见。</p><strong>相关阅读</strong><ul><li><a href=\"/2\">乙国外长访问丙国</a></li></ul>"
        + "</article>";
    assertEquals(List.of("双方签署联合声明，宣布建立全面战略伙伴关系。", "双方还就地区局势交换了意见。"),
        parser.parse(html).paragraphs());
  }

  @Test
  void withoutAContainerTheElementWithTheMostChineseParagraphTextIsTheBody() {
    String html = "<html><body><div class=\"left\"><p>热门</p><p>排行</p></div>"
        + "<div class=\"c\"><p>甲国与乙国今天发表联合声明。</p><p>两国同意在联合国框架内加强协调。</p></div>"
        + "<div class=\"right\"><p>广告位招租</p></div></body></html>";
    assertEquals(List.of("甲国与乙国今天发表联合声明。", "两国同意在联合国框架内加强协调。"), parser.parse(html).paragraphs());
  }

  @Test
  void titleFallsBackToThePageTitleWithoutItsSiteSegments() {
    assertEquals("甲国外长会见乙国大使", PageMetadataReader.withoutSiteSuffix("甲国外长会见乙国大使 | 国际 | 某某网"));
    assertEquals("甲国外长会见乙国大使", PageMetadataReader.withoutSiteSuffix("甲国外长会见乙国大使_新闻_某某网"));
    assertEquals("甲国外长会见乙国大使", PageMetadataReader.withoutSiteSuffix("甲国外长会见乙国大使 – 某某之音"));
    assertEquals("中国-东盟博览会开幕", PageMetadataReader.withoutSiteSuffix("中国-东盟博览会开幕"));
  }

  @Test
  void datesAreReadAsWrittenInIsoSlashedAndChineseForms() {
    assertEquals(Optional.of(LocalDate.of(2024, 7, 27)), PageMetadataReader.date("2024-07-27T01:30:00+08:00"));
    assertEquals(Optional.of(LocalDate.of(2024, 7, 26)), PageMetadataReader.date("2024/07/26 23:40"));
    assertEquals(Optional.of(LocalDate.of(2024, 7, 6)), PageMetadataReader.date("2024年7月6日 08:00"));
    assertEquals(Optional.empty(), PageMetadataReader.date("2024-13-40"));
  }
}
