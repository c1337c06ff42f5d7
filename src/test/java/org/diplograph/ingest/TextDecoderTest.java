package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Decoding real GBK, GB18030, Big5, UTF-16 and UTF-32 bytes, made here from Java strings, and refusing non-text. */
class TextDecoderTest {
  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5");
  private static final String SIMPLIFIED = "美国国务卿布林肯与日本外相林芳正在东京举行会谈，双方就印太地区安全合作交换了意见。";
  private static final String TRADITIONAL = "美國國務卿布林肯與日本外相林芳正在東京舉行會談，雙方就印太地區安全合作交換了意見。";

  private final TextDecoder decoder = new TextDecoder();

  @Test
  void utf8WithAndWithoutByteOrderMark() {
    assertDecoded(SIMPLIFIED, StandardCharsets.UTF_8, SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
    assertDecoded(SIMPLIFIED, StandardCharsets.UTF_8, withPrefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        SIMPLIFIED.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void utf16AndUtf32WithByteOrderMarks() {
    // Java's "UTF-16" writes a big-endian mark; the others are written mark first by hand
    assertDecoded(SIMPLIFIED, StandardCharsets.UTF_16BE, SIMPLIFIED.getBytes(StandardCharsets.UTF_16));
    assertDecoded(SIMPLIFIED, StandardCharsets.UTF_16LE, ("\uFEFF" + SIMPLIFIED).getBytes(StandardCharsets.UTF_16LE));
    assertDecoded(TRADITIONAL, Charset.forName("UTF-32BE"), ("\uFEFF" + TRADITIONAL).getBytes(Charset.forName("UTF-32BE")));
    assertDecoded(TRADITIONAL, Charset.forName("UTF-32LE"), ("\uFEFF" + TRADITIONAL).getBytes(Charset.forName("UTF-32LE")));
  }

  @Test
  void utf16WithoutByteOrderMarkIsRecognisedInEitherByteOrder() {
    // pure Chinese has no NUL byte at all in UTF-16; with ASCII lines it has many
    for (String text : List.of(SIMPLIFIED, TRADITIONAL, "Title: 中美会谈\nDate: 2024-03-01\n\n" + SIMPLIFIED + "\n")) {
      assertDecoded(text, StandardCharsets.UTF_16LE, text.getBytes(StandardCharsets.UTF_16LE));
      assertDecoded(text, StandardCharsets.UTF_16BE, text.getBytes(StandardCharsets.UTF_16BE));
    }
    assertDecoded("Title: talks\n", StandardCharsets.UTF_16LE, "Title: talks\n".getBytes(StandardCharsets.UTF_16LE));
  }

  @Test
  void binaryWithNulBytesThatIsNotUtf16IsStillBinary() {
    byte[] binary = new byte[4096];
    new Random(3).nextBytes(binary);
    for (int i = 0; i < binary.length; i += 7) {
      binary[i] = 0;
    }
    IngestException e = assertThrows(IngestException.class, () -> decoder.decode("a.bin", binary));
    assertTrue(e.problem().startsWith("binary content (NUL byte) at byte 0"), e.problem());
  }

  @Test
  void chineseInTheWrongByteOrderOrOddLengthIsNotUtf16() {
    byte[] le = SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE);
    assertTrue(Utf16Sniffer.textShare(new String(le, StandardCharsets.UTF_16BE)) < 0.5);
    assertEquals(java.util.Optional.empty(), Utf16Sniffer.detect(java.util.Arrays.copyOf(le, le.length - 1)));
  }

  @Test
  void gbkAndGb18030WithoutDeclarationAreRecognised() {
    assertDecoded(SIMPLIFIED, GB18030, SIMPLIFIED.getBytes(GBK));
    assertDecoded("美国和日本", GB18030, "美国和日本".getBytes(GBK));
    String withRareCharacter = SIMPLIFIED + "𠀀€";
    assertDecoded(withRareCharacter, GB18030, withRareCharacter.getBytes(GB18030));
  }

  @Test
  void big5WithoutDeclarationIsRecognised() {
    assertDecoded(TRADITIONAL, BIG5, TRADITIONAL.getBytes(BIG5));
    assertDecoded("美國和日本舉行會談", BIG5, "美國和日本舉行會談".getBytes(BIG5));
  }

  @Test
  void aPageDeclaringItsCharsetIsReadInIt() {
    String page = "<html><head><meta charset=\"big5\"><title>會談</title></head><body><p>" + TRADITIONAL
        + "</p></body></html>";
    assertDecoded(page, BIG5, page.getBytes(BIG5));
    String httpEquiv = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
        + "</head><body><p>" + SIMPLIFIED + "</p></body></html>";
    assertDecoded(httpEquiv, GB18030, httpEquiv.getBytes(GBK));
  }

  @Test
  void aFeedsXmlDeclarationIsHonoured() {
    String feed = "<?xml version=\"1.0\" encoding=\"GB2312\"?><rss version=\"2.0\"><channel><title>新闻</title>"
        + "<item><title>" + SIMPLIFIED + "</title></item></channel></rss>";
    assertDecoded(feed, GB18030, feed.getBytes(GBK));
  }

  @Test
  void validUtf8WinsOverAStaleLegacyDeclaration() {
    String page = "<html><head><meta charset=\"gb2312\"></head><body><p>" + SIMPLIFIED + "</p></body></html>";
    assertDecoded(page, StandardCharsets.UTF_8, page.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void fiftyKilobytesOfRandomBytesAreRefusedInOneLine() {
    byte[] noise = new byte[50 * 1024];
    new Random(42).nextBytes(noise);
    IngestException e = assertThrows(IngestException.class, () -> decoder.decode("noise.bin", noise));
    assertEquals(1, e.getMessage().lines().count());
    assertTrue(e.problem().startsWith("binary content") || e.problem().startsWith("not text"), e.problem());
  }

  @Test
  void randomDoubleByteNoiseThatDecodesIsStillRefused() {
    // every byte a valid GB18030 lead or trail byte, no NUL: decodes without error, but into rare characters
    Random random = new Random(7);
    byte[] noise = new byte[20_000];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (0x81 + random.nextInt(0x7E));
    }
    IngestException e = assertThrows(IngestException.class, () -> decoder.decode("noise.txt", noise));
    assertTrue(e.problem().startsWith("not text: not UTF-8 (byte 0)"), e.problem());
  }

  @Test
  void emptyAndBlankInputsAreRefused() {
    assertEquals("empty file", assertThrows(IngestException.class, () -> decoder.decode("a", new byte[0])).problem());
    byte[] blankUtf16 = "\uFEFF  \n".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("empty file (whitespace only)",
        assertThrows(IngestException.class, () -> decoder.decode("b", blankUtf16)).problem());
  }

  @Test
  void aByteOrderMarkOverBytesThatAreNotInItsEncodingIsRefused() {
    byte[] bad = withPrefix(new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xD8, 0x00, 0x00, 0x41});
    assertEquals("not UTF-16BE text, despite its byte-order mark",
        assertThrows(IngestException.class, () -> decoder.decode("c", bad)).problem());
  }

  private void assertDecoded(String text, Charset encoding, byte[] bytes) {
    DecodedText decoded = decoder.decode("test", bytes);
    assertEquals(text, decoded.text());
    assertEquals(encoding, decoded.encoding());
  }

  private static byte[] withPrefix(byte[] prefix, byte[] rest) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(prefix);
    out.writeBytes(rest);
    return out.toByteArray();
  }
}
