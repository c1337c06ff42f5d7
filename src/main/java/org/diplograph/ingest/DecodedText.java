package org.diplograph.ingest;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.charset.Charset;

/**
 * Text decoded from an input's bytes.
 *
 * @param text the text, without a byte-order mark
 * @param encoding the character set it was decoded from
 */
record DecodedText(String text, Charset encoding) {
  DecodedText {
    checkNotNull(text, "text");
    checkNotNull(encoding, "encoding");
  }
}
