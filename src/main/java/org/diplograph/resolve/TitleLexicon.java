package org.diplograph.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplograph.catalog.Catalog;
import org.diplograph.catalog.TitleEntry;

/**
 * Titles of office: the catalog's titles and the generic heads that compose with a body's name
 * (…部长, …局长, …顾问). Finds the title phrase that ends right before a name (美国国防部长|奥斯汀)
 * or starts right after it (拜登|总统). Immutable and thread-safe.
 */
public final class TitleLexicon {
  private static final List<String> GENERIC_HEADS = List.of(
      "部长", "大臣", "局长", "主任", "顾问", "代表", "协调员", "秘书长", "总统", "总理", "首相", "外长", "外相", "防长",
      "国务卿", "主席", "大使", "特使", "发言人", "司令", "总书记", "国王", "女王", "议长", "助理", "次官", "秘书",
      "长官", "首席部长", "参谋长", "司令官", "领导人", "总督", "王储", "首脑", "部长助理", "委员", "专员", "主管", "领袖", "党魁", "议员", "众议员", "参议员");

  private final Set<String> titles = new HashSet<>(GENERIC_HEADS);
  private final int maxLength;

  public TitleLexicon(Catalog catalog) {
    for (TitleEntry t : catalog.titles()) {
      titles.add(t.label());
      titles.addAll(t.altLabels());
    }
    maxLength = titles.stream().mapToInt(String::length).max().orElse(2);
  }

  /** The longest title ending exactly at {@code end}, as [start, end), if any. */
  public Optional<int[]> endingAt(String text, int end) {
    for (int start = Math.max(0, end - maxLength); start < end; start++) {
      if (titles.contains(text.substring(start, end))) {
        return Optional.of(new int[] {start, end});
      }
    }
    return Optional.empty();
  }

  /** The longest title starting exactly at {@code start}, as [start, end), if any. */
  public Optional<int[]> startingAt(String text, int start) {
    for (int end = Math.min(text.length(), start + maxLength); end > start; end--) {
      if (titles.contains(text.substring(start, end))) {
        return Optional.of(new int[] {start, end});
      }
    }
    return Optional.empty();
  }

  /** True when the word is a title. */
  public boolean isTitle(String word) {
    return titles.contains(word);
  }
}
