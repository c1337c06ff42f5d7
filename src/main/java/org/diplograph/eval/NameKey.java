package org.diplograph.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The guideline's name comparison: names are equal when they are equal after removing spaces and
 * the separators {@code ·}, {@code •} and {@code -}, and folding case (库尔特·坎贝尔 = 库尔特坎贝尔, Quad =
 * QUAD).
 */
final class NameKey {
  private static final Pattern IGNORED = Pattern.compile("[\\s\\p{Z}·•-]+");

  private NameKey() {}

  /** The comparison form of a name; may be empty. */
  static String of(String name) {
    return IGNORED.matcher(name).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
