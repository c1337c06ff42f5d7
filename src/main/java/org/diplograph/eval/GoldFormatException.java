package org.diplograph.eval;

import java.io.IOException;

/** A gold-format file that is not valid JSON or does not follow the gold schema; names the file. */
public final class GoldFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  GoldFormatException(String source, String problem) {
    super(source + ": " + problem);
  }

  GoldFormatException(String source, String problem, Throwable cause) {
    super(source + ": " + problem, cause);
  }
}
