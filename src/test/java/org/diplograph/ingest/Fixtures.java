package org.diplograph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Access to the test fixtures under {@code src/test/resources/ingest/}. */
final class Fixtures {
  private Fixtures() {}

  /** The path of a fixture file. */
  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/ingest/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The UTF-8 text of a fixture file. */
  static String text(String name) {
    try {
      return Files.readString(path(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
