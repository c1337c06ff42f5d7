package org.diplograph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The comparison of two collections as sets of keys: duplicates (items with the same key) collapse,
 * the score counts keys, and the misses and false alarms are represented by the first item of each
 * unmatched key.
 *
 * @param score the counts
 * @param missed one gold item per gold key not predicted, in gold order
 * @param spurious one predicted item per predicted key not in gold, in prediction order
 */
record KeyedMatch<T>(Score score, List<T> missed, List<T> spurious) {
  KeyedMatch {
    missed = List.copyOf(missed);
    spurious = List.copyOf(spurious);
  }

  /** Compares by the same key function on both sides. */
  static <T, K> KeyedMatch<T> of(List<T> predicted, List<T> gold, Function<T, K> key) {
    return of(predicted, key, gold, key);
  }

  /**
   * Compares predicted items, keyed by {@code predictedKey}, with gold items keyed by {@code
   * goldKey}.
   */
  static <T, K> KeyedMatch<T> of(
      List<T> predicted, Function<T, K> predictedKey, List<T> gold, Function<T, K> goldKey) {
    Map<K, T> p = firstByKey(predicted, predictedKey);
    Map<K, T> g = firstByKey(gold, goldKey);
    List<T> missed = unmatched(g, p);
    List<T> spurious = unmatched(p, g);
    return new KeyedMatch<>(
        Score.of(p.size() - spurious.size(), spurious.size(), missed.size()), missed, spurious);
  }

  private static <T, K> Map<K, T> firstByKey(List<T> items, Function<T, K> key) {
    Map<K, T> byKey = new LinkedHashMap<>();
    items.forEach(item -> byKey.putIfAbsent(key.apply(item), item));
    return byKey;
  }

  private static <T, K> List<T> unmatched(Map<K, T> these, Map<K, T> others) {
    List<T> out = new ArrayList<>();
    these.forEach(
        (k, item) -> {
          if (!others.containsKey(k)) {
            out.add(item);
          }
        });
    return out;
  }
}
