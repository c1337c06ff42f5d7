package org.diplograph.catalog;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An immutable map from names to entries that compares names after {@link #key normalisation}. Thread-safe.
 *
 * @param <T> the entry type
 */
final class NameIndex<T> {
  /** Spaces and the separators of transliterated names (· • ‧ ・ and dashes), which matching ignores. */
  private static final Pattern IGNORED = Pattern.compile("[\\s\\u00B7\\u2022\\u2027\\u30FB\\u2010-\\u2015\\-]+");

  private final Map<String, T> byKey;

  private NameIndex(Map<String, T> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /**
   * The comparison key of a name: NFKC (full-width forms to ASCII), lower case (for Latin names and
   * acronyms), without spaces, middle dots and dashes.
   */
  static String key(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return IGNORED.matcher(folded).replaceAll("");
  }

  /** The entry with this name, if any. */
  Optional<T> find(String name) {
    return Optional.ofNullable(byKey.get(key(name)));
  }

  /** A builder that fails on a name claimed by two different entries. */
  static <T> Builder<T> builder(String what, Function<T, ?> identity) {
    return new Builder<>(what, identity);
  }

  /** Collects names; not thread-safe. */
  static final class Builder<T> {
    private final String what;
    private final Function<T, ?> identity;
    private final Map<String, T> byKey = new HashMap<>();

    private Builder(String what, Function<T, ?> identity) {
      this.what = what;
      this.identity = identity;
    }

    /**
     * Adds a name of an entry; blank names are ignored.
     *
     * @throws CatalogException if another entry already has this name
     */
    Builder<T> put(String name, T entry) {
      String key = key(name);
      if (key.isEmpty()) {
        return this;
      }
      T previous = byKey.putIfAbsent(key, entry);
      if (previous != null && !identity.apply(previous).equals(identity.apply(entry))) {
        throw new CatalogException(
            what,
            "the name '" + name + "' belongs to both " + identity.apply(previous) + " and "
                + identity.apply(entry));
      }
      return this;
    }

    /** Adds every name of an entry. */
    Builder<T> putAll(Iterable<String> names, T entry) {
      names.forEach(n -> put(n, entry));
      return this;
    }

    NameIndex<T> build() {
      return new NameIndex<>(byKey);
    }
  }
}
