package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.diplograph.model.Script;
import org.diplograph.model.SourceDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
  private final DocumentReader reader = new DocumentReader();

  @TempDir Path dir;

  @Test
  void seedFileGivesOneDocumentWithStemIdOutletAndHash() {
    List<SourceDoc> docs = reader.read(Fixtures.path("seed-xinhua-style.html"));
    assertEquals(1, docs.size());
    SourceDoc doc = docs.get(0);
    assertEquals("seed-xinhua-style", doc.id());
    assertEquals(Optional.of("www.news.example.cn"), doc.outlet());
    assertEquals(Script.SIMPLIFIED, doc.script());
    assertEquals(ContentHash.of(doc.textBlocks()), doc.contentHash());
    assertTrue(doc.contentHash().matches("[0-9a-f]{64}"), doc.contentHash());
  }

  @Test
  void htmlPageInATextFileIsReadAsHtml() {
    SourceDoc doc = reader.read(Fixtures.path("html-in-txt.txt")).get(0);
    assertEquals("html-in-txt", doc.id());
    assertEquals("日菲簽署互惠准入協定", doc.title());
    assertEquals(Optional.of("news.example.tw"), doc.outlet());
    assertEquals(Optional.of(LocalDate.of(2024, 7, 8)), doc.published());
    assertEquals(Script.TRADITIONAL, doc.script());
    assertEquals(
        List.of("日本外務大臣上川陽子與菲律賓國防部長泰奧多羅8日在馬尼拉簽署《互惠准入協定》。", "雙方表示，協定將便利兩國軍隊的聯合訓練。"),
        doc.paragraphs());
  }

  @Test
  void standardInputIsNamedStdin() {
    byte[] text = "双方同意合作。\n".getBytes(StandardCharsets.UTF_8);
    SourceDoc doc = reader.read(DocumentReader.STDIN, text).get(0);
    assertEquals("stdin", doc.id());
    assertEquals("-", doc.source());
  }

  @Test
  void idIsTheFileNameWithoutTheLastExtension() {
    assertEquals("000_53fc94cfebcc3172", DocumentReader.documentId("seeds/000_53fc94cfebcc3172.txt"));
    assertEquals("report.pdf", DocumentReader.documentId("/data/report.pdf.txt"));
    assertEquals("README", DocumentReader.documentId("README"));
  }

  @Test
  void sameTextGivesSameHashAndDifferentTextADifferentOne() {
    byte[] a = "双方同意合作。\n".getBytes(StandardCharsets.UTF_8);
    byte[] b = "双方同意对话。\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(reader.read("a.txt", a).get(0).contentHash(), reader.read("c.txt", a).get(0).contentHash());
    assertNotEquals(reader.read("a.txt", a).get(0).contentHash(), reader.read("b.txt", b).get(0).contentHash());
  }

  @Test
  void emptyFileIsAnIngestErrorNamingTheFile() throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    IngestException e = assertThrows(IngestException.class, () -> reader.read(empty));
    assertEquals(empty.toString(), e.source());
    assertEquals("empty file", e.problem());
    assertTrue(e.getMessage().contains("empty.txt"), e.getMessage());
  }

  @Test
  void binaryFileIsAnIngestErrorNamingTheFile() throws IOException {
    Path binary = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    IngestException e = assertThrows(IngestException.class, () -> reader.read(binary));
    assertEquals(binary.toString(), e.source());
    assertTrue(e.getMessage().contains("image.png"), e.getMessage());
  }

  @Test
  void gbkTextIsReadAndItsEncodingRecorded() throws IOException {
    Path file = Files.write(dir.resolve("gbk.txt"), "美国和日本签署协定。\n双方同意加强合作。\n".getBytes(Charset.forName("GBK")));
    SourceDoc doc = reader.read(file).get(0);
    assertEquals(List.of("美国和日本签署协定。", "双方同意加强合作。"), doc.paragraphs());
    assertEquals(Optional.of(Charset.forName("GB18030")), doc.encoding());
  }

  @Test
  void aBig5PageDeclaringItsCharsetIsReadAsHtml() {
    String page = "<html><head><meta charset=\"big5\"><title>日菲簽署互惠准入協定</title></head><body><article>"
        + "<h1>日菲簽署互惠准入協定</h1><p>日本與菲律賓在馬尼拉簽署《互惠准入協定》。</p></article></body></html>";
    SourceDoc doc = reader.read("page.html", page.getBytes(Charset.forName("Big5"))).get(0);
    assertEquals(List.of("日本與菲律賓在馬尼拉簽署《互惠准入協定》。"), doc.paragraphs());
    assertEquals(Script.TRADITIONAL, doc.script());
    assertEquals(Optional.of(Charset.forName("Big5")), doc.encoding());
  }

  @Test
  void utf16TextWithAByteOrderMarkIsRead() {
    byte[] bytes = "Title: 中美会谈\n\n中美两国外长举行会谈。\n".getBytes(StandardCharsets.UTF_16);
    SourceDoc doc = reader.read("utf16.txt", bytes).get(0);
    assertEquals("中美会谈", doc.title());
    assertEquals(Optional.of(StandardCharsets.UTF_16BE), doc.encoding());
  }

  @Test
  void utf16PageWithoutAByteOrderMarkIsRead() {
    String page = "<html><head><title>中美会谈</title></head><body><p>中美两国外长在北京举行会谈，双方就双边关系交换了意见。</p>"
        + "</body></html>";
    SourceDoc doc = reader.read("page.html", page.getBytes(StandardCharsets.UTF_16LE)).get(0);
    assertEquals("中美会谈", doc.title());
    assertTrue(doc.paragraphs().get(0).startsWith("中美两国外长"), doc.paragraphs().toString());
    assertEquals(Optional.of(StandardCharsets.UTF_16LE), doc.encoding());
  }

  @Test
  void aGbkFeedReadItemByItemKeepsItsEncoding() {
    String feed = "<?xml version=\"1.0\" encoding=\"gb2312\"?><rss version=\"2.0\"><channel><title>新闻</title>"
        + "<item><title>中日韩外长会谈</title><description>三国外长在釜山举行会谈。</description></item>"
        + "</channel></rss>";
    List<SourceDoc> docs = reader.read("feed.xml", feed.getBytes(Charset.forName("GBK")));
    assertEquals(1, docs.size());
    assertEquals("中日韩外长会谈", docs.get(0).title());
    assertEquals(Optional.of(Charset.forName("GB18030")), docs.get(0).encoding());
  }

  @Test
  void utf8IsRecordedAsUtf8() {
    assertEquals(Optional.of(StandardCharsets.UTF_8),
        reader.read("a.txt", "双方同意合作。".getBytes(StandardCharsets.UTF_8)).get(0).encoding());
  }

  @Test
  void randomBytesAreRefusedNotStored() {
    byte[] noise = new byte[50 * 1024];
    new java.util.Random(11).nextBytes(noise);
    IngestException e = assertThrows(IngestException.class, () -> reader.read("noise.dat", noise));
    assertEquals("noise.dat", e.source());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void missingFileIsAnIngestError() {
    Path missing = dir.resolve("missing.txt");
    IngestException e = assertThrows(IngestException.class, () -> reader.read(missing));
    assertEquals(missing.toString(), e.source());
  }

  @Test
  void byteOrderMarkIsIgnored() {
    byte[] text = "\uFEFF<!--1647049501000-->\n[标题](https://www.rfi.fr/cn/x)\n------\n<p>正文。</p>"
        .getBytes(StandardCharsets.UTF_8);
    SourceDoc doc = reader.read("bom.txt", text).get(0);
    assertEquals(Optional.of(LocalDate.of(2022, 3, 12)), doc.published());
    assertEquals(Optional.of("www.rfi.fr"), doc.outlet());
  }
}
