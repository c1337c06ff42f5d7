package org.diplograph.ingest;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether one line of article text is page furniture rather than content: a date-only line
 * ({@code 12/03/2022 - 02:16}, {@code Wed, 12 Jul 2023 09:38:33 GMT}), an image credit on its own
 * ({@code （法新社）}, {@code 图片来源：…}, {@code 资料照片}), a bare URL, or a short navigation, sharing,
 * promotion or editor line opening with a known phrase ({@code 相关推荐}, {@code 责任编辑}, {@code 分享}).
 * The phrases are data, read from {@code furniture-phrases.txt}. Immutable and thread-safe.
 */
final class BoilerplateFilter {
  /** Furniture lines are short; a longer line with a furniture phrase in it is content. */
  private static final int MAX_FURNITURE_LENGTH = 40;
  private static final int MAX_CREDIT_LENGTH = 30;

  private static final Pattern PARENTHESISED_CREDIT = Pattern.compile("^[（(][^（）()。，,]{1,15}[）)]$");
  private static final Pattern CREDIT_PREFIX =
      Pattern.compile(
          "^(图片来源|图片提供|图源|图片|图|摄影|摄|照片|资料照片|资料图片|资料图|示意图|视频截图|截图"
              + "|photo|image|credit|source)\\s*[:：/／|]?",
          Pattern.CASE_INSENSITIVE);
  /** A short line carrying a copyright or reprint notice is a page footer, whatever it starts with. */
  private static final Pattern COPYRIGHT =
      Pattern.compile("版权所有|版權所有|©|copyright|all rights reserved|不得转载|禁止转载|不得轉載|未经授权|未經授權",
          Pattern.CASE_INSENSITIVE);
  private static final int MAX_COPYRIGHT_LENGTH = 80;
  /** An editor credit in brackets, optionally followed by a date code: {@code （編輯：陳某）1130726}. */
  private static final Pattern EDITOR_CREDIT =
      Pattern.compile("^[（(](责任编辑|責任編輯|编辑|編輯|译者|譯者|核稿)[:：][^（）()]{1,20}[）)][\\s\\d]*$");
  /** A caption line ending in a photographer credit: {@code …。新华社记者 某某 摄}. */
  private static final Pattern PHOTOGRAPHER_CREDIT = Pattern.compile("(记者|記者|摄影|攝影)[^。！？]{1,16}[摄攝]$");
  private static final Pattern BARE_URL = Pattern.compile("^(https?://|www\\.)\\S+$", Pattern.CASE_INSENSITIVE);

  private final DateLineMatcher dates = new DateLineMatcher();
  private final ImmutableList<String> phrases;

  private BoilerplateFilter(List<String> phrases) {
    this.phrases = ImmutableList.copyOf(phrases);
  }

  /** A filter using the furniture phrases bundled with this package. */
  static BoilerplateFilter withBundledPhrases() {
    try (InputStream in = BoilerplateFilter.class.getResourceAsStream("furniture-phrases.txt")) {
      if (in == null) {
        throw new IllegalStateException("furniture-phrases.txt missing from the classpath");
      }
      return new BoilerplateFilter(parsePhrases(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read furniture-phrases.txt", e);
    }
  }

  private static List<String> parsePhrases(String text) {
    return text.lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(line -> line.toLowerCase(Locale.ROOT))
        .toList();
  }

  /** True when the (trimmed) line is furniture to drop. */
  boolean isFurniture(String line) {
    return dates.isDateOnly(line)
        || isImageCredit(line)
        || BARE_URL.matcher(line).matches()
        || (line.length() <= MAX_COPYRIGHT_LENGTH && COPYRIGHT.matcher(line).find())
        || isNavigation(line);
  }

  private static boolean isImageCredit(String line) {
    if (PARENTHESISED_CREDIT.matcher(line).matches() || EDITOR_CREDIT.matcher(line).matches()
        || (line.length() <= MAX_COPYRIGHT_LENGTH && PHOTOGRAPHER_CREDIT.matcher(line).find())) {
      return true;
    }
    return line.length() <= MAX_CREDIT_LENGTH
        && CREDIT_PREFIX.matcher(line).lookingAt()
        && !CjkChars.endsSentence(line)
        && (line.startsWith("资料") || line.startsWith("示意") || hasCreditSeparator(line));
  }

  private static boolean hasCreditSeparator(String line) {
    return line.matches("^[^:：/／|]{1,6}[:：/／|].*");
  }

  private boolean isNavigation(String line) {
    if (line.length() > MAX_FURNITURE_LENGTH || CjkChars.endsSentence(line)) {
      return false;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    return phrases.stream().anyMatch(lower::startsWith);
  }
}
