package org.diplograph.graph;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.diplograph.model.ActorId;
import org.diplograph.model.EventType;
import org.diplograph.model.PartialDate;

/**
 * Merges the documents' events into {@link Occurrence}s, one per real-world event. Two mentions can
 * be the same event when they have the same type and the same party key (a set for undirected types,
 * source and target for directed ones) and compatible dates:
 *
 * <ul>
 *   <li>day dates merge when the whole cluster spans at most {@value #DAY_WINDOW} days (reports of
 *       a two-day summit, or dated by a day's difference across time zones);
 *   <li>a month or year date joins the one cluster whose dates it is a prefix of (2023-03 joins
 *       2023-03-11); when it fits several clusters it is ambiguous and stays apart, merging only with
 *       mentions of exactly the same month or year;
 *   <li>undated mentions never merge: nothing tells that two undated meetings of the same parties
 *       are one (800 undated feed items about the same two states are 800 meetings, not one).
 * </ul>
 *
 * Two mentions of the same document never merge: the extractor has already made one event of what a
 * document says twice, so two events of one document are two events (two dialogues of the same
 * parties in one week, two agreements signed in one month).
 *
 * A pure function of its input (order does not matter); stateless and thread-safe.
 */
public final class OccurrenceMerger {
  /** The largest number of days between the earliest and the latest day date of one occurrence. */
  public static final int DAY_WINDOW = 3;

  private static final Comparator<EventMention> BY_DATE = Comparator
      .comparing((EventMention m) -> m.date().map(PartialDate::start).orElseThrow())
      .thenComparing(EventMention::iri);

  private OccurrenceMerger() {}

  /** The occurrences of {@code mentions}, ordered by type, date (undated first) and parties. */
  public static List<Occurrence> merge(Collection<EventMention> mentions) {
    Map<String, List<EventMention>> groups = mentions.stream().collect(
        Collectors.groupingBy(OccurrenceMerger::groupKey, LinkedHashMap::new, Collectors.toList()));
    return groups.values().stream()
        .flatMap(group -> clusters(group).stream())
        .sorted(Comparator.comparing((Occurrence o) -> o.type().ordinal())
            .thenComparing(o -> o.date().map(PartialDate::iso).orElse(""))
            .thenComparing(o -> o.partyKey().toString())
            .thenComparingInt(Occurrence::ordinal))
        .toList();
  }

  /** The key of the mentions that may be one event: type and party key. */
  static String groupKey(EventMention m) {
    return groupKey(m.type(), m.partyKey());
  }

  /** The key of a type and a party key (as {@link EventMention#partyKey()} orders it). */
  static String groupKey(EventType type, List<ActorId> partyKey) {
    return type.name() + " " + partyKey;
  }

  /** The occurrences of one group of mentions that share type and parties. */
  private static List<Occurrence> clusters(List<EventMention> group) {
    List<Cluster> clusters = new ArrayList<>();
    addDays(clusters, dated(group, PartialDate::hasDay));
    attach(clusters, dated(group, d -> d.hasMonth() && !d.hasDay()));
    attach(clusters, dated(group, d -> !d.hasMonth()));
    List<Cluster> undated = new ArrayList<>();
    group.stream().filter(m -> m.date().isEmpty()).sorted(Comparator.comparing(EventMention::iri))
        .forEach(m -> addTo(undated, m, Optional.empty()));
    clusters.addAll(undated);
    return occurrences(group.get(0), clusters);
  }

  /**
   * The clusters as occurrences. Clusters of one group with the same date (events of one document on
   * one day) are numbered in the order of their first mention, so each gets its own IRI.
   */
  private static List<Occurrence> occurrences(EventMention first, List<Cluster> clusters) {
    List<Occurrence> result = new ArrayList<>();
    Map<Optional<PartialDate>, Integer> seen = new HashMap<>();
    clusters.stream().sorted(Comparator.comparing((Cluster c) -> c.members.get(0).iri())).forEach(c -> {
      int ordinal = seen.merge(c.date(), 1, Integer::sum) - 1;
      result.add(new Occurrence(first.type(), first.partyKey(), c.date(), ordinal, c.members));
    });
    return result;
  }

  private static List<EventMention> dated(List<EventMention> group, Predicate<PartialDate> precision) {
    return group.stream().filter(m -> m.date().filter(precision).isPresent()).sorted(BY_DATE).toList();
  }

  /** Clusters day dates in date order, each cluster spanning at most {@link #DAY_WINDOW} days. */
  private static void addDays(List<Cluster> clusters, List<EventMention> days) {
    for (EventMention m : days) {
      Optional<Cluster> last = clusters.isEmpty() ? Optional.empty() : Optional.of(clusters.get(clusters.size() - 1));
      addTo(clusters, m, last.filter(c -> !c.has(m))
          .filter(c -> ChronoUnit.DAYS.between(c.firstDay(), day(m)) <= DAY_WINDOW));
    }
  }

  /** Adds coarse (month or year) dates to the one compatible cluster, or to one of their own. */
  private static void attach(List<Cluster> clusters, List<EventMention> coarse) {
    for (EventMention m : coarse) {
      PartialDate d = m.date().orElseThrow();
      List<Cluster> open = clusters.stream().filter(c -> !c.has(m)).toList();
      List<Cluster> fits = open.stream().filter(c -> c.accepts(d)).toList();
      Optional<Cluster> same = open.stream().filter(c -> c.date().equals(Optional.of(d))).findFirst();
      addTo(clusters, m, fits.size() == 1 ? Optional.of(fits.get(0)) : same);
    }
  }

  /** Adds {@code m} to {@code target}, or as a new cluster of {@code clusters} when there is none. */
  private static void addTo(List<Cluster> clusters, EventMention m, Optional<Cluster> target) {
    if (target.isPresent()) {
      target.get().members.add(m);
    } else {
      clusters.add(new Cluster(List.of(m)));
    }
  }

  private static LocalDate day(EventMention m) {
    return m.date().orElseThrow().start();
  }

  /** Mentions being put together. */
  private static final class Cluster {
    final List<EventMention> members;

    Cluster(List<EventMention> members) {
      this.members = new ArrayList<>(members);
    }

    /** The most precise date of the members, the earliest among equally precise ones. */
    Optional<PartialDate> date() {
      return members.stream().flatMap(m -> m.date().stream())
          .min(Comparator.comparingInt(OccurrenceMerger::coarseness).thenComparing(PartialDate::start));
    }

    LocalDate firstDay() {
      return date().orElseThrow().start();
    }

    boolean has(EventMention m) {
      return members.stream().anyMatch(x -> x.document().equals(m.document()));
    }

    boolean accepts(PartialDate coarse) {
      return members.stream().flatMap(m -> m.date().stream()).anyMatch(d -> d.compatibleWith(coarse));
    }
  }

  private static int coarseness(PartialDate d) {
    return d.hasDay() ? 0 : d.hasMonth() ? 1 : 2;
  }
}
