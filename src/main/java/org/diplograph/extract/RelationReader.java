package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.catalog.Catalog;
import org.diplograph.catalog.CountryEntry;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorType;
import org.diplograph.model.Event;
import org.diplograph.model.EventType;
import org.diplograph.model.Membership;
import org.diplograph.model.Mention;
import org.diplograph.model.MentionKind;
import org.diplograph.model.Position;
import org.diplograph.model.ResolvedDoc;
import org.diplograph.model.Sentence;

/**
 * Reads the static relations: the posts of persons whose title and country the text gives, and
 * the memberships the text names — a compound right before an organization (美日印澳“四边安全对话”)
 * or an organization's name that begins with its members (澳英美三边安全伙伴关系). Thread-safe.
 */
final class RelationReader {
  private static final Pattern MEMBER_WORD =
      Pattern.compile("成员国|成员|会员国|伙伴国|轮值主席国|主席国");
  /** 新越两国同为东盟成员国, 身为北约成员国的德国: a copula right before the organizations. */
  private static final Pattern LINK_BEFORE =
      Pattern.compile("(同为|均为|都是|皆为|是|作为|身为|担任|出任|(?<![成认作])为)[“\"「『]?$");
  /** Between the organization and the member word: closing quotes, 的, 其他 (“印太经济框架”其他伙伴国). */
  private static final String FIRST_ORG_GAP = "[”\"」』]?的?(其他|其余|其它)?(轮值)?";
  /** 成员国包括中国、印度; 身为…成员国的德国; 轮值主席国越南: what follows the member word. */
  private static final Pattern LINK_AFTER =
      Pattern.compile("(包括|包含|有|为|是|：|:|的)?");

  private final Catalog catalog;

  RelationReader(Catalog catalog) {
    this.catalog = catalog;
  }

  List<Position> positions(List<Actor> actors) {
    List<Position> out = new ArrayList<>();
    for (Actor a : actors) {
      if (a.id().type() == ActorType.PERSON && a.country().isPresent() && a.title().isPresent()) {
        out.add(new Position(a.id(), a.country().get(), a.title().get()));
      }
    }
    return out;
  }

  /** The memberships the text names, and those its joining events state (西班牙加入“蓝点网络”). */
  List<Membership> memberships(ResolvedDoc doc, List<Event> events) {
    Set<Membership> out = new LinkedHashSet<>();
    events.stream().filter(e -> e.type() == EventType.JOIN)
        .filter(e -> e.parties().get(1).type() == ActorType.ORGANIZATION)
        .forEach(e -> out.add(new Membership(e.parties().get(0), e.parties().get(1))));
    Optional<ActorId> lastOrg = Optional.empty();
    for (int i = 0; i < doc.mentions().size(); i++) {
      Sentence sentence = doc.annotated().sentences().get(i);
      String text = sentence.normalized();
      List<Mention> ms = doc.mentions().get(i);
      membersActingTogether(sentence, ms, events).forEach(out::add);
      listedMembers(text, ms, lastOrg).forEach(out::add);
      Optional<ActorId> previous = lastOrg;
      lastOrg = ms.stream().filter(m -> m.kind() == MentionKind.ORGANIZATION).map(m -> m.referents().get(0))
          .reduce((a, b) -> b).or(() -> previous);
      for (int k = 0; k < ms.size(); k++) {
        Mention m = ms.get(k);
        if (m.kind() != MentionKind.ORGANIZATION) {
          continue;
        }
        ActorId org = m.referents().get(0);
        prefixMembers(m.surface(), text.substring(m.start(), m.end())).forEach(c -> out.add(new Membership(c, org)));
        if (k > 0 && ms.get(k - 1).kind() == MentionKind.COMPOUND && adjacent(text, ms.get(k - 1), m)) {
          ms.get(k - 1).referents().forEach(c -> out.add(new Membership(c, org)));
        }
      }
      statedMemberships(text, ms).forEach(out::add);
    }
    return List.copyOf(out);
  }

  /**
   * Memberships a clause states outright: 新越两国同为东盟成员国, 身为北约与欧盟成员国的德国,
   * 上合组织成员国包括中国、印度…, 东盟轮值主席国越南: organizations followed by 成员国 (or 轮值主席国)
   * and the countries the clause links to them.
   */
  private static List<Membership> statedMemberships(String text, List<Mention> ms) {
    List<Membership> out = new ArrayList<>();
    Matcher m = MEMBER_WORD.matcher(text);
    while (m.find()) {
      int clauseStart = Clauses.start(text, m.start());
      int clauseEnd = Clauses.end(text, m.end());
      List<Mention> orgs = organizationsBefore(text, ms, m.start(), clauseStart);
      if (orgs.isEmpty()) {
        continue;
      }
      int orgStart = orgs.get(orgs.size() - 1).start();
      String before = text.substring(clauseStart, orgStart);
      String between = text.substring(orgs.get(0).end(), m.start());
      List<Mention> members = new ArrayList<>();
      if (LINK_BEFORE.matcher(before).find()) {
        members.addAll(countries(ms, clauseStart, orgStart));
      } else if (adjacentLink(before, between, m.group())) {
        countries(ms, clauseStart, orgStart).stream().reduce((a, b) -> b).ifPresent(members::add);
      }
      Matcher link = LINK_AFTER.matcher(text.substring(m.end(), clauseEnd));
      if (link.lookingAt()) {
        members.addAll(listStartingAt(text, countries(ms, m.end(), clauseEnd), m.end() + link.end()));
      }
      members.stream().flatMap(x -> x.referents().stream())
          .forEach(c -> orgs.forEach(o -> out.add(new Membership(c, o.referents().get(0)))));
    }
    return out;
  }

  /** 13个国家为创始成员国，它们是：美国、澳大利亚…; 早期缔约国（新西兰、澳大利亚…）: the list that follows. */
  private static final Pattern LIST_INTRO = Pattern.compile(
      "(创始|初始|首批|正式|早期)?(成员国|成员|缔约国|签署国|会员国)[^，。；：:（(]{0,12}?([，,]?(它们|分别|依次)?(是|为|包括|有)[：:]?|[：:（(])");

  /**
   * The members a sentence lists after a member word (成员国，它们是：A、B、C; 缔约国（A、B、C）), of the
   * organization named before it in the sentence, else of the one the document named last.
   */
  private static List<Membership> listedMembers(String text, List<Mention> ms, Optional<ActorId> lastOrg) {
    List<Membership> out = new ArrayList<>();
    Matcher m = LIST_INTRO.matcher(text);
    while (m.find()) {
      int at = m.end();
      Optional<ActorId> org = ms.stream().filter(x -> x.kind() == MentionKind.ORGANIZATION && x.end() <= m.start())
          .map(x -> x.referents().get(0)).reduce((a, b) -> b).or(() -> lastOrg);
      List<Mention> list = listStartingAt(text, countries(ms, at, text.length()), at);
      if (org.isPresent() && list.size() >= 2) {
        list.stream().flatMap(x -> x.referents().stream()).forEach(c -> out.add(new Membership(c, org.get())));
      }
    }
    return out;
  }

  /**
   * 四方安全对话外长会议 with the four members as its parties: when an event of the sentence has every
   * known member of an organization the sentence names, the text shows them acting as its members.
   */
  private List<Membership> membersActingTogether(Sentence s, List<Mention> ms, List<Event> events) {
    List<Membership> out = new ArrayList<>();
    for (Mention m : ms) {
      if (m.kind() != MentionKind.ORGANIZATION) {
        continue;
      }
      ActorId org = m.referents().get(0);
      Set<ActorId> members = catalog.organization(org).map(o -> o.members()).orElse(Set.of());
      boolean together = !members.isEmpty() && events.stream()
          .filter(e -> e.evidence().block() == s.block() && e.evidence().start() == s.start())
          .anyMatch(e -> e.parties().containsAll(members));
      if (together) {
        members.forEach(c -> out.add(new Membership(c, org)));
      }
    }
    return out;
  }

  /** The countries listed from {@code at} on (中国、印度和俄罗斯), or none if no country starts there. */
  private static List<Mention> listStartingAt(String text, List<Mention> countries, int at) {
    List<Mention> list = new ArrayList<>();
    int next = at;
    for (Mention c : countries) {
      if (c.start() == next || (!list.isEmpty() && text.substring(next, c.start()).matches("[、和与及,，]|以及"))) {
        list.add(c);
        next = c.end();
      } else if (c.start() > next) {
        break;
      }
    }
    return list;
  }

  /**
   * 美国与“印太经济框架”其他伙伴国 (the country is one of the partners); 印尼的东盟轮值主席国地位
   * (the chair is a member): the country right before the organization.
   */
  private static boolean adjacentLink(String before, String between, String memberWord) {
    boolean others = between.matches(".*(其他|其余|其它)$");
    boolean chair = memberWord.endsWith("主席国");
    return (others && before.matches(".*(与|和|同)[“\"「『]?$")) || (chair && before.matches(".*(的|担任|出任)[“\"「『]?$"));
  }

  private static List<Mention> countries(List<Mention> ms, int from, int to) {
    return ms.stream().filter(x -> x.start() >= from && x.end() <= to)
        .filter(x -> x.kind() == MentionKind.COUNTRY || x.kind() == MentionKind.COMPOUND).toList();
  }

  /** The organizations written right before the member word, joined by 与/和/、 (北约与欧盟成员国). */
  private static List<Mention> organizationsBefore(String text, List<Mention> ms, int at, int clauseStart) {
    List<Mention> orgs = new ArrayList<>();
    int end = at;
    for (int k = ms.size() - 1; k >= 0; k--) {
      Mention x = ms.get(k);
      if (x.end() > end || x.start() < clauseStart) {
        continue;
      }
      String gap = text.substring(x.end(), end);
      if (x.kind() != MentionKind.ORGANIZATION || !gap.matches(orgs.isEmpty() ? FIRST_ORG_GAP : "[与和、及]")) {
        break;
      }
      orgs.add(x);
      end = x.start();
    }
    return orgs;
  }


  private static boolean adjacent(String text, Mention a, Mention b) {
    String between = text.substring(a.end(), b.start());
    return between.matches("[“\"「『\\s]*");
  }

  /** The countries whose short forms begin an organization's name (澳英美… → AUS, GBR, USA). */
  private List<ActorId> prefixMembers(String surface, String simplified) {
    List<ActorId> members = new ArrayList<>();
    for (int i = 0; i < simplified.length(); i++) {
      Optional<CountryEntry> c = catalog.countryByShortForm(simplified.substring(i, i + 1));
      if (c.isEmpty() || members.contains(c.get().id())) {
        break;
      }
      members.add(c.get().id());
    }
    return members.size() >= 2 ? members : List.of();
  }
}
