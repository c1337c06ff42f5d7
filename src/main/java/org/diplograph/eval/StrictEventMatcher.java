package org.diplograph.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.diplograph.eval.GoldDocument.GoldEvent;
import org.diplograph.model.PartialDate;

/**
 * The events (strict) comparison: items are distinct (type, parties, date) triples; within one
 * (type, parties) key, equal dates are paired first, then the rest one-to-one (maximum matching)
 * where the coarser date is a prefix of the other. A missing date matches only a missing date.
 */
final class StrictEventMatcher {
  private StrictEventMatcher() {}

  private record Dated(EventKey key, Optional<PartialDate> date) {
    static Dated of(GoldEvent event) {
      return new Dated(EventKey.of(event), event.date());
    }
  }

  static KeyedMatch<GoldEvent> match(List<GoldEvent> predicted, List<GoldEvent> gold) {
    Map<EventKey, List<GoldEvent>> p = groupDistinct(predicted);
    Map<EventKey, List<GoldEvent>> g = groupDistinct(gold);
    Set<EventKey> keys = new LinkedHashSet<>(g.keySet());
    keys.addAll(p.keySet());
    List<GoldEvent> missed = new ArrayList<>();
    List<GoldEvent> spurious = new ArrayList<>();
    int tp = 0;
    for (EventKey key : keys) {
      tp +=
          matchGroup(
              p.getOrDefault(key, List.of()), g.getOrDefault(key, List.of()), missed, spurious);
    }
    return new KeyedMatch<>(Score.of(tp, spurious.size(), missed.size()), missed, spurious);
  }

  /** One event per distinct (type, parties, date), grouped by (type, parties), in input order. */
  private static Map<EventKey, List<GoldEvent>> groupDistinct(List<GoldEvent> events) {
    Map<Dated, GoldEvent> distinct = new LinkedHashMap<>();
    events.forEach(e -> distinct.putIfAbsent(Dated.of(e), e));
    Map<EventKey, List<GoldEvent>> groups = new LinkedHashMap<>();
    distinct.forEach((d, e) -> groups.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(e));
    return groups;
  }

  /** Matches one group, adds its leftovers to the lists and returns the number of pairs. */
  private static int matchGroup(
      List<GoldEvent> predicted,
      List<GoldEvent> gold,
      List<GoldEvent> missed,
      List<GoldEvent> spurious) {
    List<GoldEvent> restP = new ArrayList<>(predicted);
    List<GoldEvent> restG = new ArrayList<>(gold);
    int exact = removeEqualDates(restP, restG);
    return exact + matchCompatible(restP, restG, missed, spurious);
  }

  /** Removes the events whose date occurs on both sides (dates are distinct within a group). */
  private static int removeEqualDates(List<GoldEvent> predicted, List<GoldEvent> gold) {
    Set<Optional<PartialDate>> common = new HashSet<>();
    predicted.forEach(e -> common.add(e.date()));
    common.retainAll(gold.stream().map(GoldEvent::date).toList());
    predicted.removeIf(e -> common.contains(e.date()));
    gold.removeIf(e -> common.contains(e.date()));
    return common.size();
  }

  private static int matchCompatible(
      List<GoldEvent> predicted,
      List<GoldEvent> gold,
      List<GoldEvent> missed,
      List<GoldEvent> spurious) {
    int[] pairing =
        BipartiteMatching.maximum(
            predicted.size(),
            gold.size(),
            (i, j) -> compatible(predicted.get(i).date(), gold.get(j).date()));
    boolean[] goldUsed = new boolean[gold.size()];
    for (int i = 0; i < predicted.size(); i++) {
      if (pairing[i] < 0) {
        spurious.add(predicted.get(i));
      } else {
        goldUsed[pairing[i]] = true;
      }
    }
    for (int j = 0; j < gold.size(); j++) {
      if (!goldUsed[j]) {
        missed.add(gold.get(j));
      }
    }
    return predicted.size() - (int) IntStream.of(pairing).filter(x -> x < 0).count();
  }

  private static boolean compatible(Optional<PartialDate> a, Optional<PartialDate> b) {
    return a.isPresent() && b.isPresent() && a.get().compatibleWith(b.get());
  }
}
