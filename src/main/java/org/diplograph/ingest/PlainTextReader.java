package org.diplograph.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text. Optional header lines at the top ({@code Title: …}, {@code URL: …},
 * {@code Date: YYYY-MM-DD}) are metadata. Paragraphs are the non-blank lines, or, when the text is
 * hard-wrapped (most lines inside blank-line separated blocks stop mid-sentence), the blocks with their
 * lines re-joined. Whitespace runs collapse to one space. Immutable and thread-safe.
 */
public final class PlainTextReader {
  private static final Pattern HEADER = Pattern.compile("^(title|url|date)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  /** Share of mid-block lines that must stop mid-sentence for the text to count as hard-wrapped. */
  private static final double WRAPPED_SHARE = 0.5;

  private final LineJoiner joiner = new LineJoiner();

  /**
   * The document in a plain text.
   *
   * @throws IngestException if a {@code Date:} header is not an ISO date
   */
  public ParsedDocument parse(String source, String text) {
    List<String> lines = text.lines().toList();
    Header header = new Header();
    int bodyStart = header.read(source, lines);
    List<List<String>> blocks = blocks(lines.subList(bodyStart, lines.size()));
    List<String> paragraphs = isHardWrapped(blocks) ? joinBlocks(blocks) : eachLine(blocks);
    return ParsedDocument.of(header.title, header.url, header.date, paragraphs);
  }

  private static List<List<String>> blocks(List<String> lines) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        addIfAny(blocks, current);
        current = new ArrayList<>();
      } else {
        current.add(HtmlArticleCleaner.tidy(line));
      }
    }
    addIfAny(blocks, current);
    return blocks;
  }

  private static void addIfAny(List<List<String>> blocks, List<String> block) {
    if (!block.isEmpty()) {
      blocks.add(block);
    }
  }

  private static boolean isHardWrapped(List<List<String>> blocks) {
    long inner = 0;
    long open = 0;
    for (List<String> block : blocks) {
      for (String line : block.subList(0, block.size() - 1)) {
        inner++;
        open += LineJoiner.looksWrapped(line) ? 1 : 0;
      }
    }
    return inner > 0 && open >= WRAPPED_SHARE * inner;
  }

  private List<String> joinBlocks(List<List<String>> blocks) {
    return blocks.stream().map(joiner::join).toList();
  }

  private static List<String> eachLine(List<List<String>> blocks) {
    return blocks.stream().flatMap(List::stream).toList();
  }

  /** The metadata lines at the top of the text. */
  private static final class Header {
    String title = "";
    Optional<String> url = Optional.empty();
    Optional<LocalDate> date = Optional.empty();

    /** Reads header lines from the top; returns the index of the first body line. */
    int read(String source, List<String> lines) {
      int i = 0;
      for (; i < lines.size(); i++) {
        Matcher m = HEADER.matcher(lines.get(i).strip());
        if (!m.matches()) {
          break;
        }
        set(source, m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
      }
      return i;
    }

    private void set(String source, String key, String value) {
      switch (key) {
        case "title" -> title = HtmlArticleCleaner.tidy(value);
        case "url" -> url = value.isEmpty() ? Optional.empty() : Optional.of(value);
        default -> date = Optional.of(parseDate(source, value));
      }
    }

    private static LocalDate parseDate(String source, String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new IngestException(source, "Date header is not YYYY-MM-DD: " + value, e);
      }
    }
  }
}
