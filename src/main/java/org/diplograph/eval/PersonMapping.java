package org.diplograph.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplograph.eval.GoldDocument.GoldActor;
import org.diplograph.model.ActorType;

/**
 * Translates predicted person ids into gold person ids, so that positions can be compared although
 * the two sides may name a person differently (劳埃德·奥斯汀 vs 奥斯汀). A person the actor matching paired
 * takes its partner's id; another takes the first gold person sharing a name with it (its predicted
 * names, or its id without prefix); any other id stays as it is.
 */
final class PersonMapping {
  private final Map<String, String> paired = new HashMap<>();
  private final Map<String, Set<String>> predictedNames = new HashMap<>();
  private final List<GoldActor> goldPersons;

  private PersonMapping(List<GoldActor> goldPersons) {
    this.goldPersons = goldPersons;
  }

  static PersonMapping of(
      List<GoldActor> predicted, List<GoldActor> gold, ActorMatcher.Result match) {
    PersonMapping m = new PersonMapping(persons(gold));
    for (ActorMatcher.Pair pair : match.pairs()) {
      if (pair.predicted().type() == ActorType.PERSON) {
        m.paired.putIfAbsent(pair.predicted().id(), pair.gold().id());
      }
    }
    for (GoldActor person : persons(predicted)) {
      m.predictedNames.merge(person.id(), ActorMatcher.nameKeys(person), PersonMapping::union);
    }
    return m;
  }

  /** The gold id for a predicted person id. */
  String toGold(String predictedId) {
    String pairedId = paired.get(predictedId);
    return pairedId != null ? pairedId : byName(predictedId).orElse(predictedId);
  }

  private Optional<String> byName(String predictedId) {
    Set<String> names = new HashSet<>(predictedNames.getOrDefault(predictedId, Set.of()));
    names.add(NameKey.of(withoutPrefix(predictedId)));
    names.remove("");
    for (GoldActor g : goldPersons) {
      Set<String> goldNames = ActorMatcher.nameKeys(g);
      if (names.stream().anyMatch(goldNames::contains)) {
        return Optional.of(g.id());
      }
    }
    return Optional.empty();
  }

  private static String withoutPrefix(String id) {
    String prefix = ActorType.PERSON.goldPrefix();
    return id.startsWith(prefix) ? id.substring(prefix.length()) : id;
  }

  private static List<GoldActor> persons(List<GoldActor> actors) {
    return actors.stream().filter(a -> a.type() == ActorType.PERSON).toList();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
