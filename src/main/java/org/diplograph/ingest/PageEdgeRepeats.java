package org.diplograph.ingest;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multiset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds running headers and footers in paged text: lines at the top or bottom of a page (the first and
 * last few non-blank lines) that recur, up to their digits, at an edge of at least two pages and of at least
 * half the pages. Unlike counting repeats over the whole text, this finds the header of a two-page report.
 * Built per document; not shared.
 */
final class PageEdgeRepeats {
  /** Non-blank lines at each end of a page that may be headers or footers. */
  private static final int EDGE_LINES = 2;
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");
  private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");

  private final ImmutableSet<String> repeated;

  private PageEdgeRepeats(Set<String> repeated) {
    this.repeated = ImmutableSet.copyOf(repeated);
  }

  /** The repeats among the edge lines of the given pages, each page a list of lines. */
  static PageEdgeRepeats of(List<List<String>> pages) {
    Multiset<String> pagesWithLine = HashMultiset.create();
    for (List<String> page : pages) {
      pagesWithLine.addAll(edgeKeys(page));
    }
    int needed = Math.max(2, (pages.size() + 1) / 2);
    Set<String> repeated = new HashSet<>();
    pagesWithLine.entrySet().stream().filter(e -> e.getCount() >= needed).forEach(e -> repeated.add(e.getElement()));
    return new PageEdgeRepeats(repeated);
  }

  /** True when the line is one of the repeated edge lines and lies at an edge of its page. */
  boolean isRepeatedEdgeLine(List<String> page, int index) {
    return !repeated.isEmpty() && repeated.contains(key(page.get(index))) && isAtEdge(page, index);
  }

  private static Set<String> edgeKeys(List<String> page) {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < page.size(); i++) {
      if (isAtEdge(page, i)) {
        keys.add(key(page.get(i)));
      }
    }
    return keys;
  }

  private static boolean isAtEdge(List<String> page, int index) {
    if (page.get(index).isBlank()) {
      return false;
    }
    int before = (int) page.subList(0, index).stream().filter(l -> !l.isBlank()).count();
    int after = (int) page.subList(index + 1, page.size()).stream().filter(l -> !l.isBlank()).count();
    return before < EDGE_LINES || after < EDGE_LINES;
  }

  /** The line without spaces and with every digit run as '#', so "报告 117" and "报告 118" match. */
  private static String key(String line) {
    return DIGITS.matcher(SPACES.matcher(line).replaceAll("")).replaceAll("#");
  }
}
