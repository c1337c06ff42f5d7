package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The decoder on generated input: arbitrary bytes are decoded or refused with an {@link IngestException},
 * nothing else; news text in GBK, Big5 and UTF-16 (with a byte-order mark or without, either byte order)
 * round-trips with its encoding told; random bytes are never taken for UTF-16.
 */
class TextDecoderPropertyTest {
  private static final List<String> SIMPLIFIED = List.of("美国国务卿布林肯与日本外相举行会谈。",
      "双方就印太地区安全合作交换了意见，", "中方坚决反对北约东进亚太。", "两国领导人发表联合声明，宣布建立全面战略伙伴关系；",
      "东盟外长会议在雅加达举行。", "英国首相访问澳大利亚，", "2023年3月11日", "（记者王小明）", "AUKUS ", "\n");
  private static final List<String> TRADITIONAL = List.of("美國國務卿布林肯與日本外相舉行會談。",
      "雙方就印太地區安全合作交換了意見，", "中方堅決反對北約東進亞太。", "兩國領導人發表聯合聲明，宣布建立全面戰略夥伴關係；",
      "東協外長會議在雅加達舉行。", "英國首相訪問澳洲，", "2023年3月11日", "（記者王小明）", "AUKUS ", "\n");

  private final TextDecoder decoder = new TextDecoder();

  @Property(tries = 500)
  void arbitraryBytesAreDecodedOrRefusedWithAnIngestException(@ForAll @Size(max = 4000) byte[] content) {
    try {
      decoder.decode("x", content);
    } catch (IngestException e) {
      assertEquals(1, e.getMessage().lines().count());
    }
  }

  @Property(tries = 200)
  void simplifiedNewsInGbkRoundTrips(@ForAll("simplified") String text) {
    DecodedText d = decoder.decode("x", text.getBytes(Charset.forName("GBK")));
    assertEquals(text, d.text());
  }

  @Property(tries = 200)
  void traditionalNewsInBig5RoundTrips(@ForAll("traditional") String text) {
    DecodedText d = decoder.decode("x", text.getBytes(Charset.forName("Big5")));
    assertEquals(text, d.text());
    assertEquals(Charset.forName("Big5"), d.encoding());
  }

  @Property(tries = 100)
  void anyTextInUtf16WithAMarkRoundTrips(@ForAll("traditional") String text) {
    DecodedText d = decoder.decode("x", text.getBytes(StandardCharsets.UTF_16));
    assertEquals(text, d.text());
  }

  @Property(tries = 200)
  void newsInUtf16WithoutAMarkRoundTripsInEitherByteOrder(@ForAll("simplified") String simplified,
      @ForAll("traditional") String traditional) {
    for (String text : List.of(simplified, traditional)) {
      for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
        DecodedText d = decoder.decode("x", text.getBytes(cs));
        assertEquals(text, d.text());
        assertEquals(cs, d.encoding());
      }
    }
  }

  @Property(tries = 300)
  void randomEvenLengthBytesAreNeverTakenForUtf16(@ForAll @Size(min = 200, max = 4000) byte[] content) {
    byte[] even = java.util.Arrays.copyOf(content, content.length & ~1);
    assertEquals(Optional.empty(), Utf16Sniffer.detect(even));
  }

  @Provide
  Arbitrary<String> simplified() {
    return news(SIMPLIFIED);
  }

  @Provide
  Arbitrary<String> traditional() {
    return news(TRADITIONAL);
  }

  /** One to forty phrases, at least one of them Chinese. */
  private static Arbitrary<String> news(List<String> phrases) {
    return Arbitraries.of(phrases).list().ofMinSize(1).ofMaxSize(40)
        .map(ps -> phrases.get(0) + String.join("", ps));
  }
}
