package org.diplograph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Reads the extractor's version from the properties the build writes. */
final class ExtractorVersion {
  private static final String RESOURCE = "version.properties";

  private ExtractorVersion() {}

  /** {@code diplograph-extractor/<version>+<build time>}, or {@code …/dev} when not built by Maven. */
  static String read() {
    Properties p = new Properties();
    try (InputStream in = ExtractorVersion.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      return "diplograph-extractor/dev";
    }
    String version = p.getProperty("version", "dev");
    String built = p.getProperty("built", "");
    boolean filtered = !version.startsWith("${") && !built.startsWith("${");
    return filtered ? "diplograph-extractor/" + version + "+" + built : "diplograph-extractor/dev";
  }
}
