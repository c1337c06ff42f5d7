package org.diplograph.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplograph.eval.GoldDocument.GoldActor;
import org.diplograph.model.ActorType;

/**
 * Matches predicted actors to gold actors one-to-one as the guideline scores them: only countries,
 * organizations and persons take part (government bodies are not scored); a country matches the
 * country with the same ISO code, an organization or person one of the same type sharing a name
 * (its names or its id without prefix, compared by {@link NameKey}). The matching is maximum, so a
 * prediction never loses a match because an earlier one took its only candidate.
 */
final class ActorMatcher {
  private ActorMatcher() {}

  /** A predicted actor and the gold actor it matched. */
  record Pair(GoldActor predicted, GoldActor gold) {}

  /**
   * The outcome.
   *
   * @param pairs matched actors
   * @param missed scored gold actors left unmatched, in gold order
   * @param spurious scored predicted actors left unmatched, in prediction order
   */
  record Result(List<Pair> pairs, List<GoldActor> missed, List<GoldActor> spurious) {
    /** The outcome as a scored comparison: one count per pair, miss and false alarm. */
    KeyedMatch<GoldActor> asKeyedMatch() {
      return new KeyedMatch<>(
          Score.of(pairs.size(), spurious.size(), missed.size()), missed, spurious);
    }
  }

  static Result match(List<GoldActor> predicted, List<GoldActor> gold) {
    List<GoldActor> p = scored(predicted);
    List<GoldActor> g = scored(gold);
    List<Set<String>> pNames = p.stream().map(ActorMatcher::nameKeys).toList();
    List<Set<String>> gNames = g.stream().map(ActorMatcher::nameKeys).toList();
    int[] match =
        BipartiteMatching.maximum(
            p.size(),
            g.size(),
            (i, j) -> matches(p.get(i), pNames.get(i), g.get(j), gNames.get(j)));
    List<Pair> pairs = new ArrayList<>();
    List<GoldActor> spurious = new ArrayList<>();
    boolean[] goldUsed = new boolean[g.size()];
    for (int i = 0; i < p.size(); i++) {
      if (match[i] < 0) {
        spurious.add(p.get(i));
      } else {
        pairs.add(new Pair(p.get(i), g.get(match[i])));
        goldUsed[match[i]] = true;
      }
    }
    List<GoldActor> missed = new ArrayList<>();
    for (int j = 0; j < g.size(); j++) {
      if (!goldUsed[j]) {
        missed.add(g.get(j));
      }
    }
    return new Result(pairs, missed, spurious);
  }

  /** The comparison forms of an actor's names and of its id without prefix. */
  static Set<String> nameKeys(GoldActor actor) {
    Set<String> keys = new HashSet<>();
    actor.names().forEach(n -> keys.add(NameKey.of(n)));
    keys.add(NameKey.of(actor.key()));
    keys.remove("");
    return keys;
  }

  private static List<GoldActor> scored(List<GoldActor> actors) {
    return actors.stream().filter(a -> a.type() != ActorType.GOVERNMENT_BODY).toList();
  }

  private static boolean matches(GoldActor p, Set<String> pNames, GoldActor g, Set<String> gNames) {
    if (p.type() != g.type()) {
      return false;
    }
    if (p.type() == ActorType.COUNTRY) {
      return p.id().equals(g.id());
    }
    return pNames.stream().anyMatch(gNames::contains);
  }
}
