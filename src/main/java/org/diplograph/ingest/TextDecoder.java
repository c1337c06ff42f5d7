package org.diplograph.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes input bytes as text, telling the encoding, and refuses what is not text. In order: a byte-order
 * mark (UTF-8, UTF-16 or UTF-32, big or little endian) decides; valid UTF-8 without a NUL byte is UTF-8
 * (also over a page's legacy declaration: a page re-saved as UTF-8 keeps its old meta tag); bytes that read
 * as UTF-16 text in one byte order are UTF-16 without a mark ({@link Utf16Sniffer}); other bytes with a NUL
 * are binary; a charset the page or feed declares ({@link DeclaredCharset}) is honoured if the bytes decode
 * in it; else the bytes are tried as GB 18030 (a superset of GBK and GB 2312) and Big5 (and Big5-HKSCS), and
 * kept as the one whose Han characters are most often common ones ({@link CommonHan}), ICU's charset
 * detector breaking near ties. A guess must decode without error and have mostly common Han characters, so
 * random bytes are refused. Stateless and thread-safe.
 */
final class TextDecoder {
  private static final Logger LOG = LoggerFactory.getLogger(TextDecoder.class);
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final List<Charset> CHINESE_LEGACY =
      List.of(Charset.forName("GB18030"), Charset.forName("Big5"), Charset.forName("Big5-HKSCS"));
  /** Real text has 90% or more of its Han characters among the common ones; random bytes about 20%. */
  private static final double MIN_COMMON_SHARE = 0.6;
  /** Shares closer than this are a near tie, broken by ICU's detector. */
  private static final double NEAR_TIE = 0.05;

  /**
   * The text of the content and its encoding.
   *
   * @throws IngestException naming the source and what is wrong: empty, binary, or not text in an encoding
   *     this reader knows (with the byte offset of the first non-UTF-8 byte)
   */
  DecodedText decode(String source, byte[] content) {
    if (content.length == 0) {
      throw new IngestException(source, "empty file");
    }
    DecodedText decoded = withByteOrderMark(source, content).orElseGet(() -> withoutMark(source, content));
    if (decoded.text().isBlank()) {
      throw new IngestException(source, "empty file (whitespace only)");
    }
    if (!decoded.encoding().equals(StandardCharsets.UTF_8)) {
      LOG.debug("{}: decoded as {}", source, decoded.encoding().name());
    }
    return decoded;
  }

  private static Optional<DecodedText> withByteOrderMark(String source, byte[] b) {
    Optional<Charset> marked = byteOrderMark(b);
    return marked.map(cs -> {
      int mark = cs.equals(StandardCharsets.UTF_8) ? 3 : cs.equals(UTF_32BE) || cs.equals(UTF_32LE) ? 4 : 2;
      String text = strict(b, mark, cs).orElseThrow(() ->
          new IngestException(source, "not " + cs.name() + " text, despite its byte-order mark"));
      return new DecodedText(text, cs);
    });
  }

  /** The encoding a leading byte-order mark names; UTF-32LE is tested before UTF-16LE, which it starts with. */
  private static Optional<Charset> byteOrderMark(byte[] b) {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return Optional.of(UTF_32BE);
    }
    if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return Optional.of(UTF_32LE);
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return startsWith(b, 0xFF, 0xFE) ? Optional.of(StandardCharsets.UTF_16LE) : Optional.empty();
  }

  private static DecodedText withoutMark(String source, byte[] b) {
    int firstNul = firstNul(b);
    int firstBadUtf8 = firstNul >= 0 ? firstNul : firstMalformedUtf8(b);
    if (firstBadUtf8 < 0) {
      return utf8OrDeclared(b);
    }
    Optional<DecodedText> utf16 = Utf16Sniffer.detect(b);
    if (utf16.isPresent()) {
      return utf16.get();
    }
    if (firstNul >= 0) {
      throw new IngestException(source, "binary content (NUL byte) at byte " + firstNul);
    }
    Optional<DecodedText> declared = DeclaredCharset.of(b)
        .flatMap(cs -> strict(b, 0, cs).map(text -> new DecodedText(text, cs)));
    return declared.or(() -> guessChinese(b)).orElseThrow(() -> new IngestException(source,
        "not text: not UTF-8 (byte " + firstBadUtf8 + "), nor UTF-16, UTF-32 with a byte-order mark, GB18030/GBK or Big5"));
  }

  /** Valid UTF-8; pure ASCII is taken as the declared charset, if any, which reads it the same. */
  private static DecodedText utf8OrDeclared(byte[] b) {
    String text = new String(b, StandardCharsets.UTF_8);
    boolean ascii = text.length() == b.length;
    Optional<Charset> declared = ascii ? DeclaredCharset.of(b).filter(cs -> cs.newEncoder().canEncode(text))
        : Optional.empty();
    return new DecodedText(text, declared.orElse(StandardCharsets.UTF_8));
  }

  /** The Chinese legacy encoding the bytes most plausibly are in, if any is plausible. */
  private static Optional<DecodedText> guessChinese(byte[] b) {
    List<Candidate> plausible = CHINESE_LEGACY.stream()
        .flatMap(cs -> strict(b, 0, cs).map(text -> new Candidate(cs, text, CommonHan.shareOfCommon(text))).stream())
        .filter(c -> c.commonShare() >= MIN_COMMON_SHARE)
        .sorted(Comparator.comparingDouble(Candidate::commonShare).reversed())
        .toList();
    if (plausible.isEmpty()) {
      return Optional.empty();
    }
    Candidate best = plausible.get(0);
    if (plausible.size() > 1 && best.commonShare() - plausible.get(1).commonShare() < NEAR_TIE) {
      best = byIcuConfidence(b, plausible);
    }
    return Optional.of(new DecodedText(best.text(), best.charset()));
  }

  /** The candidate ICU's detector is most confident of; the first one when it names none of them. */
  private static Candidate byIcuConfidence(byte[] b, List<Candidate> candidates) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(b);
    for (CharsetMatch m : detector.detectAll()) {
      for (Candidate c : candidates) {
        if (c.charset().name().equalsIgnoreCase(m.getName())) {
          return c;
        }
      }
    }
    return candidates.get(0);
  }

  /** The bytes from {@code offset} decoded in the charset, failing on any malformed or unmappable byte. */
  private static Optional<String> strict(byte[] b, int offset, Charset charset) {
    try {
      return Optional.of(decoder(charset).decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** The offset of the first NUL byte, or -1. */
  private static int firstNul(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The offset of the first byte that is not valid UTF-8, or -1. */
  private static int firstMalformedUtf8(byte[] content) {
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length);
    CoderResult result = decoder(StandardCharsets.UTF_8).decode(in, out, true);
    return result.isError() ? in.position() : -1;
  }

  private static CharsetDecoder decoder(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private record Candidate(Charset charset, String text, double commonShare) {}
}
