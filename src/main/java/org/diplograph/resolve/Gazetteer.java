package org.diplograph.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.diplograph.catalog.Catalog;
import org.diplograph.catalog.CountryEntry;
import org.diplograph.catalog.OrganizationEntry;
import org.diplograph.catalog.PersonEntry;
import org.diplograph.model.ActorId;
import org.diplograph.model.MentionKind;

/**
 * Longest-match lookup of the catalog's country, organization and person names in simplified text.
 * Latin names (NATO, Quad) match case-insensitively and only as whole words. Immutable and
 * thread-safe once built.
 */
public final class Gazetteer {
  /**
   * What a name stands for. {@code capital} marks capital-city metonymy (华盛顿 for USA); {@code city}
   * another city, which stands for its country only as a destination (抵达伊斯坦布尔).
   */
  public record Entry(ActorId actor, MentionKind kind, boolean capital, boolean city) {
    Entry(ActorId actor, MentionKind kind, boolean capital) {
      this(actor, kind, capital, false);
    }
  }

  /** A match of a name at an offset; {@code text} is the whole text it was found in. */
  public record Match(int start, int end, Entry entry, String text) {}

  private final Map<String, Entry> names = new HashMap<>();
  private final int maxLength;

  private Gazetteer(Catalog catalog) {
    for (CountryEntry c : catalog.countries()) {
      c.names().forEach(n -> put(n, new Entry(c.id(), MentionKind.COUNTRY, false)));
      c.capitals().forEach(n -> names.putIfAbsent(key(n), new Entry(c.id(), MentionKind.COUNTRY, true)));
      c.cities().forEach(n -> names.putIfAbsent(key(n), new Entry(c.id(), MentionKind.COUNTRY, false, true)));
    }
    for (OrganizationEntry o : catalog.organizations()) {
      o.names().forEach(n -> put(n, new Entry(o.id(), MentionKind.ORGANIZATION, false)));
      o.acronyms().forEach(n -> put(n, new Entry(o.id(), MentionKind.ORGANIZATION, false)));
    }
    for (PersonEntry p : catalog.persons()) {
      p.names().forEach(n -> names.putIfAbsent(key(n), new Entry(p.id(), MentionKind.PERSON, false)));
    }
    maxLength = names.keySet().stream().mapToInt(String::length).max().orElse(1);
  }

  /** Builds the lookup from the catalog. */
  public static Gazetteer of(Catalog catalog) {
    return new Gazetteer(catalog);
  }

  private void put(String name, Entry entry) {
    if (name.length() >= 2 || !isHan(name.charAt(0))) {
      names.put(key(name), entry);
    }
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** The longest name starting at {@code start}, if any. */
  public Optional<Match> longestAt(String text, int start) {
    int limit = Math.min(text.length(), start + maxLength);
    for (int end = limit; end > start; end--) {
      Entry e = names.get(key(text.substring(start, end)));
      if (e != null && wholeWordIfLatin(text, start, end)) {
        return Optional.of(new Match(start, end, e, text));
      }
    }
    return Optional.empty();
  }

  /** Every non-overlapping longest match, left to right. */
  public List<Match> scan(String text) {
    return LeftToRightScan.scan(text.length(), i -> longestAt(text, i), Match::end);
  }


  private static boolean wholeWordIfLatin(String text, int start, int end) {
    boolean latinStart = isLatin(text.charAt(start));
    boolean latinEnd = isLatin(text.charAt(end - 1));
    boolean okBefore = !latinStart || start == 0 || !isLatin(text.charAt(start - 1));
    boolean okAfter = !latinEnd || end == text.length() || !isLatin(text.charAt(end));
    return okBefore && okAfter;
  }

  private static boolean isLatin(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
