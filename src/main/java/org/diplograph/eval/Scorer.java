package org.diplograph.eval;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplograph.eval.GoldDocument.GoldActor;
import org.diplograph.eval.GoldDocument.GoldEvent;
import org.diplograph.eval.GoldDocument.GoldMembership;
import org.diplograph.eval.GoldDocument.GoldPosition;
import org.diplograph.model.EventType;

/**
 * Scores one predicted document against its gold annotation with the measures of the annotation
 * guideline ({@link Measure}), and lists the misses and false alarms.
 *
 * <p>Stateless and thread-safe.
 */
public final class Scorer {

  /**
   * Scores a prediction against the gold of the same document.
   *
   * @throws IllegalArgumentException if the two are not about the same document
   */
  public DocumentScore score(GoldDocument predicted, GoldDocument gold) {
    checkArgument(
        predicted.doc().equals(gold.doc()),
        "different documents: %s vs %s",
        predicted.doc(),
        gold.doc());
    ActorMatcher.Result actors = ActorMatcher.match(predicted.actors(), gold.actors());
    Tally tally = new Tally();
    tally.add(Measure.ACTORS, actors.asKeyedMatch(), "actor", GoldActor::id);
    tally.add(Measure.EVENTS, events(predicted, gold), "event", Mismatch::describe);
    tally.add(Measure.EVENTS_STRICT, strictDates(predicted, gold), "date", Mismatch::describe);
    tally.add(
        Measure.POSITIONS, positions(predicted, gold, actors), "position", Mismatch::describe);
    tally.add(Measure.MEMBERSHIPS, memberships(predicted, gold), "membership", Mismatch::describe);
    return new DocumentScore(gold.doc(), tally.scores, byType(predicted, gold), tally.mismatches);
  }

  /** Collects the scores and the mismatch lines of one document. */
  private static final class Tally {
    final Map<Measure, Score> scores = new EnumMap<>(Measure.class);
    final List<Mismatch> mismatches = new ArrayList<>();

    <T> void add(
        Measure measure, KeyedMatch<T> match, String category, Function<T, String> describe) {
      scores.put(measure, match.score());
      match
          .missed()
          .forEach(item -> mismatches.add(Mismatch.missed(category, describe.apply(item))));
      match
          .spurious()
          .forEach(item -> mismatches.add(Mismatch.spurious(category, describe.apply(item))));
    }
  }

  private static KeyedMatch<GoldEvent> events(GoldDocument predicted, GoldDocument gold) {
    return KeyedMatch.of(predicted.events(), gold.events(), EventKey::of);
  }

  private static KeyedMatch<GoldMembership> memberships(GoldDocument predicted, GoldDocument gold) {
    return KeyedMatch.of(predicted.memberships(), gold.memberships(), m -> m);
  }

  /** The events (parties) score restricted to each event type. */
  private static Map<EventType, Score> byType(GoldDocument predicted, GoldDocument gold) {
    Map<EventType, Score> scores = new EnumMap<>(EventType.class);
    for (EventType type : EventType.values()) {
      List<GoldEvent> p = ofType(predicted.events(), type);
      List<GoldEvent> g = ofType(gold.events(), type);
      scores.put(type, KeyedMatch.of(p, g, EventKey::of).score());
    }
    return scores;
  }

  private static List<GoldEvent> ofType(List<GoldEvent> events, EventType type) {
    return events.stream().filter(e -> e.type() == type).toList();
  }

  /** Positions as (person, country), predicted persons translated to gold ids by name. */
  private static KeyedMatch<GoldPosition> positions(
      GoldDocument predicted, GoldDocument gold, ActorMatcher.Result actors) {
    PersonMapping persons = PersonMapping.of(predicted.actors(), gold.actors(), actors);
    return KeyedMatch.of(
        predicted.positions(),
        p -> List.of(persons.toGold(p.person()), p.country()),
        gold.positions(),
        p -> List.of(p.person(), p.country()));
  }

  /**
   * The events (strict) score, listing only the misses and false alarms whose (type, parties) both
   * sides have: the events that differ only by date. The others are already listed as event misses
   * or false alarms.
   */
  private static KeyedMatch<GoldEvent> strictDates(GoldDocument predicted, GoldDocument gold) {
    KeyedMatch<GoldEvent> strict = StrictEventMatcher.match(predicted.events(), gold.events());
    Set<EventKey> predictedKeys = keys(predicted.events());
    Set<EventKey> goldKeys = keys(gold.events());
    return new KeyedMatch<>(
        strict.score(),
        strict.missed().stream().filter(e -> predictedKeys.contains(EventKey.of(e))).toList(),
        strict.spurious().stream().filter(e -> goldKeys.contains(EventKey.of(e))).toList());
  }

  private static Set<EventKey> keys(List<GoldEvent> events) {
    return events.stream().map(EventKey::of).collect(Collectors.toSet());
  }
}
