package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.diplograph.model.Script;
import org.diplograph.model.SourceDoc;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
  private final DocumentReader reader = new DocumentReader();

  @Test
  void rssItemsBecomeDocumentsNumberedInFeedOrder() {
    List<SourceDoc> docs = reader.read(Fixtures.path("feed-rss2.xml"));
    assertEquals(List.of("feed-rss2-1", "feed-rss2-2", "feed-rss2-3"), docs.stream().map(SourceDoc::id).toList());
    SourceDoc first = docs.get(0);
    assertEquals("外交部：中方愿同东盟国家加强海上合作", first.title());
    assertEquals(Optional.of("https://world.news.example.cn/2024/07/25/a1.html"), first.url());
    assertEquals(Optional.of(LocalDate.of(2024, 7, 25)), first.published());
    assertEquals(Optional.of("示例新闻网 国际频道"), first.outlet());
    assertEquals(List.of("外交部发言人25日表示，中方愿同东盟国家加强海上合作。"), first.paragraphs());
    assertEquals(Script.SIMPLIFIED, first.script());
    assertEquals(ContentHash.of(first.textBlocks()), first.contentHash());
  }

  @Test
  void htmlContentIsPreferredToTheDescriptionAndCleaned() {
    SourceDoc item = reader.read(Fixtures.path("feed-rss2.xml")).get(1);
    assertEquals(
        List.of("日本外務大臣與菲律賓外交部長26日在馬尼拉舉行會談，雙方同意深化防務合作。", "雙方還討論了南海局勢。"),
        item.paragraphs());
    assertEquals(Script.TRADITIONAL, item.script());
  }

  @Test
  void itemDateIsTheUtcDay() {
    // Fri, 26 Jul 2024 01:15 +0800 is 25 Jul 17:15 UTC
    assertEquals(Optional.of(LocalDate.of(2024, 7, 25)), reader.read(Fixtures.path("feed-rss2.xml")).get(1).published());
  }

  @Test
  void itemWithAnUnreadableDateIsKeptWithoutADate() {
    SourceDoc item = reader.read(Fixtures.path("feed-rss2.xml")).get(2);
    assertEquals("中俄举行战略安全磋商", item.title());
    assertEquals(Optional.empty(), item.published());
    assertEquals(List.of("中俄两国27日在北京举行第十九轮战略安全磋商。"), item.paragraphs());
  }

  @Test
  void itemWithoutTextIsSkippedAndTheOthersKept() {
    List<FeedItem> items = new FeedReader(new HtmlArticleCleaner()).parse("f.xml", Fixtures.text("feed-rss2.xml"));
    assertEquals(List.of(1, 2, 3), items.stream().map(FeedItem::number).toList());
  }

  @Test
  void atomEntriesGiveContentOrSummaryWithUtcDates() {
    List<SourceDoc> docs = reader.read(Fixtures.path("feed-atom.xml"));
    assertEquals(List.of("feed-atom-1", "feed-atom-2"), docs.stream().map(SourceDoc::id).toList());
    SourceDoc first = docs.get(0);
    assertEquals("美國國務卿抵達寮國 出席東協外長會議", first.title());
    assertEquals(Optional.of("https://times.example.sg/world/e1"), first.url());
    assertEquals(Optional.of(LocalDate.of(2024, 7, 26)), first.published());
    assertEquals(Optional.of("示例时报"), first.outlet());
    assertEquals(List.of("美國國務卿27日抵達寮國首都永珍，出席東協外長系列會議。", "這是他今年第二次訪問東南亞。"), first.paragraphs());
    assertEquals(Script.TRADITIONAL, first.script());
    SourceDoc second = docs.get(1);
    assertEquals(Optional.of(LocalDate.of(2024, 7, 26)), second.published());
    assertEquals(List.of("韩国与新加坡26日签署数字经济协定。", "双方同意推动数据跨境流动。"), second.paragraphs());
    assertEquals(Script.SIMPLIFIED, second.script());
  }

  @Test
  void feedsAreDetectedByContent() {
    assertEquals(InputKind.FEED, reader.kindOf(Fixtures.text("feed-rss2.xml")));
    assertEquals(InputKind.FEED, reader.kindOf(Fixtures.text("feed-atom.xml")));
    String rss1 = "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
        + " xmlns=\"http://purl.org/rss/1.0/\"><channel/></rdf:RDF>";
    assertEquals(InputKind.FEED, reader.kindOf(rss1));
    assertEquals(InputKind.HTML, reader.kindOf("<feed><p>不是Atom</p><p>正文。</p></feed>"));
  }

  @Test
  void rss1FeedIsRead() {
    String rss1 = "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
        + " xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"https://a.example.cn/\"><title>甲</title>"
        + "<link>https://a.example.cn/</link><description>d</description></channel>"
        + "<item rdf:about=\"https://a.example.cn/1\"><title>乙国与丙国建交</title><link>https://a.example.cn/1</link>"
        + "<description>乙国与丙国宣布建立外交关系。</description></item></rdf:RDF>";
    List<SourceDoc> docs = reader.read("news.rdf", rss1.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("news-1", docs.get(0).id());
    assertEquals(List.of("乙国与丙国宣布建立外交关系。"), docs.get(0).paragraphs());
  }

  @Test
  void malformedFeedIsAnIngestErrorNamingTheFile() {
    IngestException e = assertThrows(IngestException.class, () -> reader.read(Fixtures.path("feed-broken.xml")));
    assertTrue(e.getMessage().contains("feed-broken.xml"), e.getMessage());
    assertTrue(e.problem().startsWith("not a readable RSS or Atom feed"), e.problem());
  }

  @Test
  void feedReadTwiceGivesTheSameIdsAndHashes() {
    List<SourceDoc> a = reader.read(Fixtures.path("feed-rss2.xml"));
    List<SourceDoc> b = reader.read(Fixtures.path("feed-rss2.xml"));
    assertEquals(a, b);
  }

  @Test
  void aFeedOfManyUndatedItemsKeepsThemAll() {
    StringBuilder feed = new StringBuilder("<rss version=\"2.0\"><channel><title>新闻</title>");
    for (int i = 1; i <= 800; i++) {
      feed.append("<item><title>甲国与乙国第").append(i).append("次会谈</title></item>");
    }
    feed.append("</channel></rss>");
    List<SourceDoc> docs = reader.read("many.xml", feed.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(800, docs.size());
    assertTrue(docs.stream().allMatch(d -> d.published().isEmpty()));
  }

  @Test
  void itemNumbersAreNamedAsRangesInOneWarning() {
    assertEquals("item 3", FeedReader.ranges(List.of(3)));
    assertEquals("items 1-800", FeedReader.ranges(java.util.stream.IntStream.rangeClosed(1, 800).boxed().toList()));
    assertEquals("items 1-3, 5, 9-10", FeedReader.ranges(List.of(1, 2, 3, 5, 9, 10)));
    assertEquals("items 1, 3, 5, 7, 9, …", FeedReader.ranges(List.of(1, 3, 5, 7, 9, 11, 13)));
  }
}
