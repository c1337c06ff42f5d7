package org.diplograph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises UTF-16 text that has no byte-order mark (saved by some Windows tools and scrapers). Looking for
 * NUL bytes is not enough: Chinese characters (U+4E00–U+9FFF) have no zero byte, so a text without ASCII has
 * none. Instead the bytes are decoded both ways, little and big endian, and a reading is kept only if it is
 * well-formed (surrogates paired), at least {@value #MIN_TEXT_SHARE} of its characters are ones that news
 * text is made of (Han, Latin, kana, digits, punctuation, white space: the wrong byte order turns 中 into
 * Tifinagh and "A" into a rare Han character) and its Han characters are mostly common ones ({@link
 * CommonHan}), as real Chinese is and random bytes are not. Stateless and thread-safe.
 */
final class Utf16Sniffer {
  /** Share of a reading's characters that must be text-like. */
  static final double MIN_TEXT_SHARE = 0.95;
  /** Share of a reading's Han characters that must be common (real text has 90 % or more). */
  private static final double MIN_COMMON_SHARE = 0.6;
  private static final Set<Character.UnicodeScript> TEXT_SCRIPTS = Set.of(Character.UnicodeScript.COMMON,
      Character.UnicodeScript.HAN, Character.UnicodeScript.LATIN, Character.UnicodeScript.HIRAGANA,
      Character.UnicodeScript.KATAKANA, Character.UnicodeScript.BOPOMOFO, Character.UnicodeScript.INHERITED);

  private Utf16Sniffer() {}

  /** The text, if the bytes read as UTF-16 (without a byte-order mark) in one byte order. */
  static Optional<DecodedText> detect(byte[] b) {
    if (b.length < 2 || b.length % 2 != 0) {
      return Optional.empty();
    }
    return List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE).stream()
        .flatMap(cs -> strict(b, cs).map(text -> new Reading(cs, text, textShare(text))).stream())
        .filter(r -> r.textShare() >= MIN_TEXT_SHARE && commonEnough(r.text()))
        .max(Comparator.comparingDouble(Reading::textShare))
        .map(r -> new DecodedText(r.text(), r.charset()));
  }

  /** The share of the text's characters that news text is made of. */
  static double textShare(String text) {
    long total = text.codePoints().count();
    long textLike = text.codePoints().filter(Utf16Sniffer::isTextLike).count();
    return total == 0 ? 0 : (double) textLike / total;
  }

  private static boolean isTextLike(int cp) {
    if (cp == '\n' || cp == '\r' || cp == '\t' || cp == '\f') {
      return true;
    }
    int type = Character.getType(cp);
    if (type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
        || type == Character.SURROGATE || type == Character.FORMAT && cp != 0x200B) {
      return false;
    }
    return TEXT_SCRIPTS.contains(Character.UnicodeScript.of(cp)) && (cp < 0x3400 || cp > 0x4DBF);
  }

  private static boolean commonEnough(String text) {
    boolean hasHan = text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    return !hasHan || CommonHan.shareOfCommon(text) >= MIN_COMMON_SHARE;
  }

  private static Optional<String> strict(byte[] b, Charset charset) {
    try {
      return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private record Reading(Charset charset, String text, double textShare) {}
}
