package org.diplograph.server;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.TripleWriter;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.Event;
import org.diplograph.model.EventType;
import org.diplograph.model.Evidence;
import org.diplograph.model.Membership;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Position;
import org.diplograph.model.Script;
import org.diplograph.model.SourceDoc;

/**
 * A store of the shape extraction gives, made without the models: documents of two to five sentences,
 * each sentence one event of a random type between two of 40 countries (some with a person and a
 * place), dated over 2015–2024, a post or a membership now and then, written by the project's own
 * {@link TripleWriter} (each document its named graph, all in one transaction) and with the occurrences
 * rebuilt. The same seed gives the
 * same graph.
 */
public final class GeneratedGraph {
  private static final List<String> COUNTRIES = List.of("CHN", "USA", "JPN", "KOR", "PRK", "RUS", "IND", "PAK",
      "VNM", "PHL", "IDN", "MYS", "THA", "SGP", "AUS", "NZL", "GBR", "FRA", "DEU", "ITA", "ESP", "CAN", "BRA",
      "ARG", "MEX", "ZAF", "EGY", "NGA", "KEN", "ETH", "IRN", "IRQ", "SAU", "ARE", "TUR", "ISR", "UKR", "POL",
      "KAZ", "MNG");
  private static final List<String> PLACES = List.of("北京", "华盛顿", "东京", "莫斯科", "新德里", "河内", "雅加达",
      "伦敦", "巴黎", "柏林", "日内瓦", "纽约");
  private static final List<String> TRIGGERS = List.of("会谈", "访问", "签署", "提升", "发表", "加入", "反对",
      "启动", "建交", "断交");

  private GeneratedGraph() {}

  /** Stores {@code documents} generated documents in {@code store} and rebuilds the occurrences. */
  public static void fill(GraphStore store, int documents, long seed) {
    Random random = new Random(seed);
    store.load(sink -> {
      for (int i = 0; i < documents; i++) {
        TripleWriter.write(document(String.format(Locale.ROOT, "gen-%05d", i), random), sink);
      }
    });
    store.rebuildOccurrences();
  }

  private static DocumentExtraction document(String id, Random random) {
    LocalDate published = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
    int n = 2 + random.nextInt(4);
    List<String> sentences = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    List<Actor> actors = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      ActorId a = country(random);
      ActorId b = country(random);
      while (b.equals(a)) {
        b = country(random);
      }
      EventType type = EventType.values()[random.nextInt(EventType.values().length)];
      String trigger = TRIGGERS.get(type.ordinal() % TRIGGERS.size());
      String place = PLACES.get(random.nextInt(PLACES.size()));
      String sentence = published.getMonthValue() + "月" + published.getDayOfMonth() + "日，" + a.key() + "与"
          + b.key() + "在" + place + trigger + "，双方就双边关系和共同关心的问题交换了意见（第" + (s + 1) + "句）。";
      sentences.add(sentence);
      List<ActorId> persons = random.nextInt(3) == 0 ? List.of(ActorId.person("人物" + random.nextInt(200))) : List.of();
      persons.forEach(p -> actors.add(new Actor(p, Set.of(p.key()), Optional.of(a), Optional.of("外长"), 0.9)));
      events.add(new Event(type, List.of(a, b), persons, Optional.of(date(published, random)),
          Optional.of(place), Optional.empty(), Optional.empty(), trigger, "generated",
          new Evidence(id, s + 1, 0, sentence.length(), sentence), 0.5 + random.nextInt(50) / 100.0));
      actors.add(new Actor(a, Set.of(a.key()), Optional.empty(), Optional.empty(), 1.0));
      actors.add(new Actor(b, Set.of(b.key()), Optional.empty(), Optional.empty(), 1.0));
    }
    List<Position> positions = actors.stream().filter(x -> x.title().isPresent())
        .map(x -> new Position(x.id(), x.country().orElseThrow(), x.title().orElseThrow())).distinct().toList();
    List<Membership> memberships = random.nextInt(10) == 0
        ? List.of(new Membership(country(random), ActorId.organization("ASEAN"))) : List.of();
    SourceDoc doc = new SourceDoc(id, "generated/" + id + ".txt",
        Optional.of("https://news.example.org/" + published + "/" + id + ".html"),
        "第" + id + "号新闻", Optional.of(published), Optional.of("news.example.org"), Script.SIMPLIFIED,
        sentences, HexFormat.of().formatHex(id.getBytes(StandardCharsets.UTF_8)));
    return new DocumentExtraction(doc, actors.stream().distinct().toList(), events, positions, memberships, "gen");
  }

  private static ActorId country(Random random) {
    return ActorId.country(COUNTRIES.get(random.nextInt(COUNTRIES.size())));
  }

  private static PartialDate date(LocalDate published, Random random) {
    LocalDate d = published.minusDays(random.nextInt(5));
    return random.nextInt(4) == 0 ? PartialDate.ofMonth(d.getYear(), d.getMonthValue())
        : PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }
}
