package org.diplograph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes input bytes as UTF-8 text, refusing what is not text: empty input, NUL bytes (binary files),
 * malformed UTF-8. A leading byte-order mark is dropped. Stateless and thread-safe.
 */
final class TextDecoder {

  /**
   * The text of the content.
   *
   * @throws IngestException naming the source and the byte offset of the first problem
   */
  String decode(String source, byte[] content) {
    if (content.length == 0) {
      throw new IngestException(source, "empty file");
    }
    for (int i = 0; i < content.length; i++) {
      if (content[i] == 0) {
        throw new IngestException(source, "binary content (NUL byte) at byte " + i);
      }
    }
    String text = strictUtf8(source, content);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new IngestException(source, "empty file (whitespace only)");
    }
    return text;
  }

  private static String strictUtf8(String source, byte[] content) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new IngestException(source, "not UTF-8 text at byte " + in.position());
    }
    decoder.flush(out);
    return out.flip().toString();
  }
}
