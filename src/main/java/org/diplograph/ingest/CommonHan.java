package org.diplograph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;

/**
 * The commonly used Han characters: level 1 of GB 2312 (the 3,755 most frequent simplified characters) and
 * the frequently used characters of Big5 (5,401 traditional ones). In real Chinese text nearly all Han
 * characters are among them; in bytes wrongly decoded, or random, a small share is. Immutable and
 * thread-safe.
 */
final class CommonHan {
  private static final int FIRST = 0x4E00;
  private static final int LAST = 0x9FFF;
  private static final BitSet COMMON = build();

  private CommonHan() {}

  /** True for a commonly used Han character. */
  static boolean isCommon(int codePoint) {
    return codePoint >= FIRST && codePoint <= LAST && COMMON.get(codePoint - FIRST);
  }

  /** The share of the text's Han characters that are common; 0 when it has none. */
  static double shareOfCommon(CharSequence text) {
    int[] counts = new int[2];
    text.codePoints().filter(CjkChars::isHan).forEach(c -> {
      counts[0]++;
      counts[1] += isCommon(c) ? 1 : 0;
    });
    return counts[0] == 0 ? 0 : counts[1] / (double) counts[0];
  }

  private static BitSet build() {
    CharsetEncoder gb = Charset.forName("GB2312").newEncoder();
    CharsetEncoder big5 = Charset.forName("Big5").newEncoder();
    BitSet common = new BitSet(LAST - FIRST + 1);
    for (int c = FIRST; c <= LAST; c++) {
      int gbLead = leadByte(gb, (char) c);
      int big5Code = code(big5, (char) c);
      boolean gbLevel1 = gbLead >= 0xB0 && gbLead <= 0xD7;
      boolean big5Frequent = big5Code >= 0xA440 && big5Code <= 0xC67E;
      common.set(c - FIRST, gbLevel1 || big5Frequent);
    }
    return common;
  }

  private static int leadByte(CharsetEncoder encoder, char c) {
    int code = code(encoder, c);
    return code < 0 ? -1 : code >> 8;
  }

  /** The two-byte code of the character in the encoder's charset, or -1. */
  private static int code(CharsetEncoder encoder, char c) {
    try {
      ByteBuffer b = encoder.reset().encode(CharBuffer.wrap(new char[] {c}));
      return b.remaining() == 2 ? (b.get(0) & 0xFF) << 8 | (b.get(1) & 0xFF) : -1;
    } catch (CharacterCodingException e) {
      return -1;
    }
  }
}
