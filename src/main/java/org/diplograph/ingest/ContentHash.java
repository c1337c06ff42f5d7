package org.diplograph.ingest;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The content hash of a document: hex SHA-256 of its text blocks joined by newlines. Stateless. */
public final class ContentHash {
  private ContentHash() {}

  /** The lower-case hex SHA-256 of the blocks joined with {@code '\n'}, in UTF-8. */
  public static String of(List<String> blocks) {
    return Hashing.sha256().hashString(String.join("\n", blocks), StandardCharsets.UTF_8).toString();
  }
}
