package org.diplograph.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Parses the seed format: a first line {@code <!--EPOCH_MS-->} (the publication instant), a line
 * {@code [title](url)}, a line of dashes, then an HTML body handed to {@link HtmlArticleCleaner}. The
 * published date is the instant's date in UTC. Immutable and thread-safe.
 */
public final class SeedFormatParser {
  /** The first line of a seed-format file. */
  static final Pattern HEADER = Pattern.compile("^\\s*<!--\\s*(\\d{1,15})\\s*-->\\s*$");

  private static final Pattern TITLE_LINE = Pattern.compile("^\\s*\\[(.*)\\]\\((\\S*)\\)\\s*$");
  private static final Pattern SEPARATOR = Pattern.compile("^\\s*-{3,}\\s*$");

  private final HtmlArticleCleaner cleaner;

  /** A parser handing bodies to the given cleaner. */
  public SeedFormatParser(HtmlArticleCleaner cleaner) {
    this.cleaner = cleaner;
  }

  /**
   * The document in a seed-format text.
   *
   * @throws IngestException if the header line, the title line or the body is missing or malformed
   */
  public ParsedDocument parse(String source, String text) {
    List<String> lines = text.lines().toList();
    LocalDate published = publishedDate(source, lines.isEmpty() ? "" : lines.get(0));
    int at = skip(lines, 1, String::isBlank);
    Matcher title = TITLE_LINE.matcher(at < lines.size() ? lines.get(at) : "");
    if (!title.matches()) {
      throw new IngestException(source, "seed header without [title](url) line");
    }
    int bodyStart = skip(lines, at + 1, line -> line.isBlank() || SEPARATOR.matcher(line).matches());
    List<String> paragraphs = cleaner.paragraphs(String.join("\n", lines.subList(bodyStart, lines.size())));
    if (paragraphs.isEmpty()) {
      throw new IngestException(source, "seed header without body");
    }
    return ParsedDocument.of(cleanTitle(title.group(1)), url(title.group(2)), Optional.of(published), paragraphs);
  }

  private static LocalDate publishedDate(String source, String headerLine) {
    Matcher m = HEADER.matcher(headerLine);
    if (!m.matches()) {
      throw new IngestException(source, "seed header line is not <!--EPOCH_MS-->: " + abbreviate(headerLine));
    }
    return Instant.ofEpochMilli(Long.parseLong(m.group(1))).atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** The index of the first line at or after {@code from} that {@code skipped} does not accept. */
  private static int skip(List<String> lines, int from, Predicate<String> skipped) {
    int i = from;
    while (i < lines.size() && skipped.test(lines.get(i))) {
      i++;
    }
    return i;
  }

  private static String cleanTitle(String raw) {
    return HtmlArticleCleaner.tidy(Parser.unescapeEntities(raw, false));
  }

  private static Optional<String> url(String raw) {
    return raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
  }

  private static String abbreviate(String line) {
    return line.length() <= 40 ? line : line.substring(0, 40) + "…";
  }
}
