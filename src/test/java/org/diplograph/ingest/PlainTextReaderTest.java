package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
  private final PlainTextReader reader = new PlainTextReader();

  @Test
  void headerLinesAreMetadata() {
    ParsedDocument doc = reader.parse("s", Fixtures.text("simplified.txt"));
    assertEquals("中俄外长举行会谈", doc.title());
    assertEquals(Optional.of("https://www.example.com.cn/news/2024/0415/123.html"), doc.url());
    assertEquals(Optional.of(LocalDate.of(2024, 4, 15)), doc.published());
    assertEquals(2, doc.paragraphs().size());
  }

  @Test
  void eachNonBlankLineIsAParagraph() {
    ParsedDocument doc = reader.parse("s", "东盟在美中间平衡\n双方同意合作。\n\n峰会结束。\n");
    assertEquals(List.of("东盟在美中间平衡", "双方同意合作。", "峰会结束。"), doc.paragraphs());
    assertEquals("", doc.title());
  }

  @Test
  void hardWrappedBlocksAreRejoined() {
    ParsedDocument doc = reader.parse("s", Fixtures.text("wrapped.txt"));
    assertEquals(
        List.of("中国外交部发言人汪文斌在例行记者会上表示，中方欢迎美国和朝鲜重启对话，希望各方保持克制。",
            "他还说，中方愿同国际社会一道，为半岛和平稳定发挥建设性作用。"),
        doc.paragraphs());
  }

  @Test
  void badDateHeaderIsAnIngestError() {
    IngestException e = assertThrows(IngestException.class, () -> reader.parse("a.txt", "Date: 12/03/2022\n正文。"));
    assertEquals("a.txt", e.source());
  }
}
