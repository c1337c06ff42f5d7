package org.diplograph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.catalog.Catalog;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.Mention;
import org.diplograph.model.MentionKind;
import org.diplograph.model.Sentence;

/**
 * Finds government bodies: a country's name followed by the word of a kind of state organ
 * (美国国防部, 日本外务省) or by 驻X and a mission (中国驻欧盟使团). Each is an actor {@code gov:<name>}
 * acting for the country; as a party it is its country, which the country mention already gives.
 * Immutable and thread-safe.
 */
final class GovernmentBodyFinder {
  private static final Pattern MISSION = Pattern.compile("^驻[^，。、；\\s]{1,8}?(大使馆|使馆|使团|领事馆|代表处)");

  private final List<String> organWords;

  GovernmentBodyFinder(Catalog catalog) {
    this.organWords = catalog.organWords().stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** The government bodies of the sentences, one actor per name, with every surface form. */
  List<Actor> find(List<Sentence> sentences, List<List<Mention>> mentions) {
    Map<String, Set<String>> names = new LinkedHashMap<>();
    Map<String, ActorId> countries = new LinkedHashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      for (Mention m : mentions.get(i)) {
        boolean host = m.start() > 0 && s.normalized().charAt(m.start() - 1) == '驻'; // 驻日本大使馆 is not Japan's
        if (m.kind() == MentionKind.COUNTRY && m.referents().size() == 1 && !host) {
          organAfter(s.normalized(), m.end()).ifPresent(end -> {
            String name = s.text().substring(m.start(), end);
            names.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(name);
            countries.put(name, m.referents().get(0));
          });
        }
      }
    }
    List<Actor> out = new ArrayList<>();
    names.forEach((name, ns) -> out.add(new Actor(ActorId.governmentBody(name), ns,
        Optional.of(countries.get(name)), Optional.empty(), 0.8)));
    return out;
  }

  /** Where the organ that follows a country's name ends, if one does. */
  private Optional<Integer> organAfter(String text, int at) {
    String rest = text.substring(at);
    Matcher mission = MISSION.matcher(rest);
    if (mission.find()) {
      return Optional.of(at + mission.end());
    }
    return organWords.stream().filter(rest::startsWith).findFirst().map(w -> at + w.length());
  }
}
