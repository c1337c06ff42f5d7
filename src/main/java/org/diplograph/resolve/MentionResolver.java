package org.diplograph.resolve;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
import org.diplograph.model.AnnotatedDoc;
import org.diplograph.model.Mention;
import org.diplograph.model.MentionKind;
import org.diplograph.model.NerTag;
import org.diplograph.model.ResolvedDoc;
import org.diplograph.model.Sentence;
import org.diplograph.model.Token;

/**
 * The resolve stage: finds the actor mentions of every sentence (catalog names, capitals used for
 * their country, short-form compounds, persons, 双方-style group references) and joins them into
 * the document's actors. A pure function of the document; thread-safe.
 */
public final class MentionResolver {
  private static final Pattern GROUP = Pattern.compile("双方|两国|三方|三国|四方|四国|五国|两军|两党");
  /** Before a capital these mark a place, not the government (在北京举行); travel verbs (赴, 抵) keep it as a destination. */
  private static final String PLACE_BEFORE = "在于都";
  /**
   * 英国《卫报》, 德国之声, 英国广播公司, 美国有线电视新闻网: a country's name inside the name of a medium
   * or company is no actor.
   */
  private static final Pattern MEDIUM_AFTER = Pattern.compile(
      "\s*(《|〈|之声|之音|广播|电视|有线电视|通讯社|新闻社|新闻网|日报|时报|邮报|卫报|公司|集团|航空|银行|媒体|报纸|电台|周刊|杂志|智库)");
  private static final List<String> METONYMY_AFTER = List.of(
      "表示", "称", "声称", "希望", "认为", "指责", "谴责", "反对", "批评", "要求", "宣布", "警告", "拒绝", "同意",
      "方面", "当局", "对", "与", "和", "同", "坚持", "强调", "已", "也", "则", "正", "一直", "不");
  private static final String METONYMY_BEFORE = "与同和对向跟及、";
  /** 我国 and the organs of a state that news names without the state's name. */
  private static final Pattern HOME_REFERENCE = Pattern.compile(
      "我国|本国|外交部|国防部|总统府|行政院|国务院|商务部|外交部门|外务省|防卫省|统一部");
  /** 谴责了北京, 转而承认北京: the object of a verb of criticism or recognition is the government, not the city. */
  private static final List<String> CRITICISM_VERBS = List.of(
      "谴责", "批评", "反对", "指责", "敦促", "警告", "抨击", "正告", "呼吁", "要求", "回应", "承认");
  private static final Pattern ISSUE_AFTER = Pattern.compile("(核)?(问题|议题)");
  /** 访问华盛顿, 前往新德里: a capital after a verb of travel is the destination, standing for its country. */
  private static final List<String> TRAVEL_VERBS = List.of(
      "访问", "前往", "抵达", "飞抵", "到访", "赴", "飞往", "出访", "抵", "到达", "造访", "来到", "访");
  private static final List<String> GEOGRAPHIC_SUFFIXES = List.of(
      "海峡", "半岛", "洋", "海域", "湾", "-太平洋", "－太平洋", "—太平洋", "太平洋");

  private final Catalog catalog;
  private final Gazetteer gazetteer;
  private final CompoundCountrySplitter compounds;
  private final PersonFinder persons;
  private final GovernmentBodyFinder bodies;

  public MentionResolver(Catalog catalog) {
    this.catalog = catalog;
    this.gazetteer = Gazetteer.of(catalog);
    this.compounds = new CompoundCountrySplitter(catalog);
    this.persons = new PersonFinder(new TitleLexicon(catalog));
    this.bodies = new GovernmentBodyFinder(catalog);
  }

  /** The document with its mentions resolved. */
  public ResolvedDoc resolve(AnnotatedDoc doc) {
    Optional<ActorId> home = homeCountry(doc);
    PersonRegistry registry = new PersonRegistry(catalog, home);
    // one gazetteer scan per sentence, shared by every step below
    List<List<Gazetteer.Match>> scans = doc.sentences().stream().map(s -> gazetteer.scan(s.normalized())).toList();
    Set<ActorId> named = countriesNamedInFull(scans);
    List<List<Mention>> actorMentions = new ArrayList<>();
    List<List<PersonMention>> personMentions = new ArrayList<>();
    for (int i = 0; i < doc.sentences().size(); i++) {
      Sentence s = doc.sentences().get(i);
      List<Mention> known = knownPersons(s, scans.get(i));
      List<Mention> found = actorMentions(s, scans.get(i), known, named);
      home.ifPresent(h -> found.addAll(homeReferences(s, found, h)));
      found.sort(Comparator.comparingInt(Mention::start));
      List<PersonMention> ps = persons.find(s.normalized(), s.text(), s.tokens(), found, known).stream()
          .filter(p -> !isPlaceName(p.name())).toList();
      ps.forEach(registry::add);
      actorMentions.add(found);
      personMentions.add(ps);
    }
    List<Actor> personActors = registry.actors();
    List<List<Mention>> all = new ArrayList<>();
    for (int i = 0; i < actorMentions.size(); i++) {
      all.add(withPersons(actorMentions.get(i), personMentions.get(i), registry, personActors));
    }
    List<Actor> actors = new ArrayList<>(actors(doc, all, personActors));
    actors.addAll(bodies.find(doc.sentences(), all));
    return new ResolvedDoc(doc, all, actors);
  }

  /** The country the outlet writes from, by the article's host (新华网 → CHN, 中央社 → TWN). */
  private Optional<ActorId> homeCountry(AnnotatedDoc doc) {
    return doc.doc().url().flatMap(MentionResolver::host).or(() -> doc.doc().outlet())
        .flatMap(catalog::homeCountryOfHost);
  }

  private static Optional<String> host(String url) {
    try {
      return Optional.ofNullable(URI.create(url.trim()).getHost());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * 我国, and a state organ named without its country (外交部今天表示…, 國防部指出…): the outlet's own
   * country, where no country stands right before the organ.
   */
  private static List<Mention> homeReferences(Sentence s, List<Mention> taken, ActorId home) {
    List<Mention> out = new ArrayList<>();
    Matcher m = HOME_REFERENCE.matcher(s.normalized());
    while (m.find()) {
      int start = m.start();
      // 驻X, 该部, 三国国防部长, 美方外交部: the organ belongs to someone named before it
      boolean qualified = start > 0 && ("驻该国方的各".indexOf(s.normalized().charAt(start - 1)) >= 0
          || taken.stream().anyMatch(t -> t.end() == start));
      boolean free = taken.stream().noneMatch(t -> t.start() < m.end() && start < t.end());
      // 国防部长会议: a title (部长) of any country, not the outlet's own ministry
      boolean title = s.normalized().startsWith("长", m.end());
      if (!qualified && free && !title) {
        out.add(new Mention(start, m.end(), s.text().substring(start, m.end()), MentionKind.COUNTRY,
            List.of(home), 0, 0.75));
      }
    }
    return out;
  }

  private static Set<ActorId> countriesNamedInFull(List<List<Gazetteer.Match>> scans) {
    Set<ActorId> named = new HashSet<>();
    for (List<Gazetteer.Match> scan : scans) {
      scan.stream()
          .filter(m -> m.entry().kind() == MentionKind.COUNTRY && !m.entry().capital() && !m.entry().city()
              && m.end() - m.start() >= 2)
          .forEach(m -> named.add(m.entry().actor()));
    }
    return named;
  }

  private List<Mention> actorMentions(
      Sentence s, List<Gazetteer.Match> scan, List<Mention> knownPersons, Set<ActorId> named) {
    String text = s.normalized();
    Set<Integer> starts = wordStarts(s);
    Set<Integer> ends = wordEnds(s);
    List<Mention> found = new ArrayList<>();
    for (Gazetteer.Match m : scan) {
      if (m.entry().kind() == MentionKind.PERSON || (m.entry().capital() && !isMetonymy(text, m))
          || (m.entry().city() && !isDestination(text, m))
          || !alignedIfShort(s, m, starts, ends) || isGeographicName(text, m) || insideMediumName(text, m)
          || namesAnIssue(text, m)) {
        continue;
      }
      found.add(new Mention(m.start(), m.end(), s.text().substring(m.start(), m.end()), m.entry().kind(),
          List.of(m.entry().actor()), 0, m.entry().capital() || m.entry().city() ? 0.8 : 1.0));
    }
    List<Mention> blocked = new ArrayList<>(found);
    scan.stream().filter(m -> insideMediumName(text, m) || namesAnIssue(text, m)).forEach(m -> blocked.add(
        new Mention(m.start(), m.end(), s.text().substring(m.start(), m.end()), MentionKind.COUNTRY, List.of(), 0, 1.0)));
    blocked.addAll(personSpans(s, knownPersons));
    found.addAll(compounds.find(text, starts, blocked, named).stream().map(m -> original(m, s)).toList());
    found.addAll(groups(s, found));
    found.sort(Comparator.comparingInt(Mention::start));
    return found;
  }

  /**
   * A two-character name must be a word of its own (上合 is not the SCO inside 海上合作); longer
   * names are specific enough to match anywhere.
   */
  private static final String DAY_BEFORE = "0123456789０１２３４５６７８９一二三四五六七八九十今昨明当每翌次同前";

  private static boolean alignedIfShort(Sentence s, Gazetteer.Match m, Set<Integer> starts, Set<Integer> ends) {
    return m.end() - m.start() > 2 || !Gazetteer.isHan(m.text().charAt(m.start()))
        || (starts.contains(m.start()) && (ends.contains(m.end()) || starts.contains(m.end())))
        || splitCountryName(s, m, starts);
  }

  /**
   * 南/非正式加入: the segmenter cut a two-character country name in two and glued its second half to
   * the next word. The name starts a word and its second character starts the next one. Not for
   * names in 国, whose 国 the segmenter takes into 国际, 国家 (中/国际), nor for the day of a date
   * before a word in 本 (10日/本报讯). The second half must have been glued to a word of its own (非正式,
   * not 共同 in 会晤/中/共同): a two-character word in the name's second character is the likelier reading.
   */
  private static boolean splitCountryName(Sentence s, Gazetteer.Match m, Set<Integer> starts) {
    String text = m.text();
    boolean dayOfDate = text.charAt(m.start()) == '日' && m.start() > 0 && DAY_BEFORE.indexOf(text.charAt(m.start() - 1)) >= 0;
    return m.entry().kind() == MentionKind.COUNTRY && !m.entry().capital() && !m.entry().city()
        && text.charAt(m.end() - 1) != '国'
        && !dayOfDate && starts.contains(m.start()) && starts.contains(m.start() + 1)
        && wordStartingAt(s, m.start() + 1).length() >= 3;
  }

  private static String wordStartingAt(Sentence s, int at) {
    return s.tokens().stream().filter(t -> t.begin() == at).map(Token::word).findFirst().orElse("");
  }

  /** 台湾海峡, 朝鲜半岛, 印度洋: a country's name inside the name of a sea, strait or peninsula. */
  private static boolean isGeographicName(String text, Gazetteer.Match m) {
    String after = text.substring(m.end());
    return m.entry().kind() == MentionKind.COUNTRY && GEOGRAPHIC_SUFFIXES.stream().anyMatch(after::startsWith);
  }

  private static boolean insideMediumName(String text, Gazetteer.Match m) {
    return m.entry().kind() == MentionKind.COUNTRY && MEDIUM_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
  }

  /** 台湾问题, 朝鲜核问题: the country names an issue, it does not act. */
  private static boolean namesAnIssue(String text, Gazetteer.Match m) {
    return m.entry().kind() == MentionKind.COUNTRY && ISSUE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
  }

  /** The spans of known persons and of the NER's PERSON words, which no country compound may take. */
  private static List<Mention> personSpans(Sentence s, List<Mention> knownPersons) {
    List<Mention> spans = new ArrayList<>(knownPersons);
    for (Token t : s.tokens()) {
      if (t.ner() == NerTag.PERSON) {
        spans.add(new Mention(t.begin(), t.end(), s.text().substring(t.begin(), t.end()), MentionKind.PERSON,
            List.of(), 0, 1.0));
      }
    }
    return spans;
  }

  private static List<Mention> knownPersons(Sentence s, List<Gazetteer.Match> scan) {
    return scan.stream()
        .filter(m -> m.entry().kind() == MentionKind.PERSON)
        .map(m -> Mention.of(m.start(), m.end(), s.text().substring(m.start(), m.end()), MentionKind.PERSON,
            m.entry().actor()))
        .toList();
  }

  /** The NER sometimes tags a city (伦敦) or a country as a person. */
  private boolean isPlaceName(String name) {
    return catalog.countryByCapital(name).isPresent() || catalog.countryByName(name).isPresent();
  }

  /** 抵达伊斯坦布尔, 前往旧金山: a city after a verb of travel is the destination, standing for its country. */
  private static boolean isDestination(String text, Gazetteer.Match m) {
    String head = text.substring(0, m.start());
    return TRAVEL_VERBS.stream().anyMatch(head::endsWith);
  }

  private static boolean isMetonymy(String text, Gazetteer.Match m) {
    char before = m.start() > 0 ? text.charAt(m.start() - 1) : '，';
    if (PLACE_BEFORE.indexOf(before) >= 0) {
      return false;
    }
    String head = text.substring(0, m.start());
    String after = text.substring(m.end());
    return METONYMY_BEFORE.indexOf(before) >= 0 || METONYMY_AFTER.stream().anyMatch(after::startsWith)
        || TRAVEL_VERBS.stream().anyMatch(head::endsWith)
        || CRITICISM_VERBS.stream().anyMatch(v -> head.endsWith(v) || head.endsWith(v + "了"));
  }

  private static Set<Integer> wordEnds(Sentence s) {
    Set<Integer> ends = new HashSet<>();
    if (s.tokens().isEmpty()) {
      for (int i = 0; i <= s.text().length(); i++) {
        ends.add(i);
      }
    }
    s.tokens().forEach(t -> ends.add(t.end()));
    return ends;
  }

  private static Set<Integer> wordStarts(Sentence s) {
    Set<Integer> starts = new HashSet<>();
    if (s.tokens().isEmpty()) {
      for (int i = 0; i < s.text().length(); i++) {
        starts.add(i);
      }
    }
    for (Token t : s.tokens()) {
      starts.add(t.begin());
    }
    return starts;
  }

  private static Mention original(Mention m, Sentence s) {
    return new Mention(m.start(), m.end(), s.text().substring(m.start(), m.end()), m.kind(), m.referents(),
        m.groupSize(), m.confidence());
  }

  private static List<Mention> groups(Sentence s, List<Mention> taken) {
    List<Mention> out = new ArrayList<>();
    Matcher m = GROUP.matcher(s.normalized());
    while (m.find()) {
      int start = m.start();
      // 日美两国, 美日韩三国: the number only repeats the actors just named
      boolean restates = taken.stream().anyMatch(t -> t.end() == start);
      if (!restates && taken.stream().noneMatch(t -> t.start() < m.end() && start < t.end())) {
        int size = switch (s.normalized().charAt(start)) {
          case '三' -> 3;
          case '四' -> 4;
          case '五' -> 5;
          default -> 2;
        };
        out.add(new Mention(start, m.end(), s.text().substring(start, m.end()), MentionKind.GROUP_REFERENCE,
            List.of(), size, 0.8));
      }
    }
    return out;
  }

  private static List<Mention> withPersons(
      List<Mention> actors, List<PersonMention> ps, PersonRegistry registry, List<Actor> personActors) {
    List<Mention> out = new ArrayList<>(actors);
    for (PersonMention p : ps) {
      Optional<ActorId> id = registry.idOf(p.name(), personActors);
      id.ifPresent(i -> out.add(Mention.of(p.start(), p.end(), p.surface(), MentionKind.PERSON, i)));
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  private List<Actor> actors(AnnotatedDoc doc, List<List<Mention>> all, List<Actor> personActors) {
    Map<ActorId, Set<String>> names = new LinkedHashMap<>();
    for (List<Mention> ms : all) {
      for (Mention m : ms) {
        if (m.kind() == MentionKind.COUNTRY || m.kind() == MentionKind.ORGANIZATION) {
          names.computeIfAbsent(m.referents().get(0), k -> new LinkedHashSet<>()).add(m.surface());
        } else if (m.kind() == MentionKind.COMPOUND) {
          for (int i = 0; i < m.referents().size(); i++) {
            names.computeIfAbsent(m.referents().get(i), k -> new LinkedHashSet<>())
                .add(m.surface().substring(i, i + 1));
          }
        }
      }
    }
    List<Actor> out = new ArrayList<>();
    names.forEach((id, ns) -> out.add(new Actor(id, ns, Optional.empty(), Optional.empty(), 1.0)));
    out.addAll(personActors);
    return out;
  }
}
