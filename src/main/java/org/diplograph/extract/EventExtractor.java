package org.diplograph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplograph.catalog.Catalog;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorType;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.Event;
import org.diplograph.model.EventType;
import org.diplograph.model.Evidence;
import org.diplograph.model.Membership;
import org.diplograph.model.Mention;
import org.diplograph.model.MentionKind;
import org.diplograph.model.PartialDate;
import org.diplograph.model.ResolvedDoc;
import org.diplograph.model.Sentence;

/**
 * The extract stage: events, posts and memberships of one resolved document. A pure function of the
 * document (the same input gives the same output), so it can run anywhere; thread-safe.
 */
public final class EventExtractor {
  /** The verb of founding right before a grouping's name (宣布成立AUKUS, 组建“…”). */
  private static final Pattern FOUNDING = Pattern.compile("(宣布成立|正式成立|成立|组建|创建|创立|建立|发起|宣布启动|正式启动|启动)[“\"「『]?$");
  /** Words that place what follows in the past before the news: its date is not the news's date. */
  private static final Pattern BACKGROUND = Pattern.compile("此前|曾经|(?<![未不])曾(?!任)|先前|过去|早前|以前|之前|前不久|历史上|当年|多年来|迄今");
  private static final List<String> NOUN_MODIFIED = List.of(
      "前", "发言人", "公报", "主席国", "东道主", "议程", "筹备", "秘书处", "机制", "成果", "关系", "伙伴");
  private static final List<String> CONTINUATIONS = List.of(
      "并", "然后", "随后", "再", "还", "又", "出席", "参加", "前往", "赴", "会见", "并将", "以及", "及");
  /** 这次会议, 此次会谈: the meeting already told (or about to be), not a new one. */
  /** A summit as the time or place of what the sentence tells: 峰会期间, (APEC)于北京召开期间, 外长会场边. */
  private static final Pattern SUMMIT_FRAME = Pattern.compile(
      "[”」』\"]?([(（][^)）]{1,12}[)）])?([于在][^，。；]{1,8}?(召开|举行))?(第[0-9一二三四五六七八九十]+[届次])?"
          + "(领导人|首脑|外长|部长级?)?(非正式)?(峰会|会议|首脑会议|会晤|年会|大会|外长会)"
          + "(期间|场边|间隙|前夕|之际|上[，,]|时)");
  /** The event types whose act is a decision or an agreement (决定/同意 do not make them plans). */
  private static final Set<EventType> DECIDED_BY_AGREEMENT = Set.of(EventType.UPGRADE_PARTNERSHIP,
      EventType.ESTABLISH_RELATIONS, EventType.SEVER_RELATIONS, EventType.JOIN);
  /** The end of a 在…前 frame right after the trigger's object (在美国代表访问所罗门群岛前). */
  /** 峰会推迟举行, 会谈被取消: the meeting named did not take place. */
  private static final Pattern CALLED_OFF = Pattern.compile("(再度|再次|一再)?(被|遭)?(推迟|延期|延后|取消|叫停|搁置)");
  private static final Pattern BEFORE_FRAME = Pattern.compile("[^，。；,;在]{0,12}?(之前|前)(?![往总任身者进夕线])");
  private static final List<String> ANAPHORS = List.of("这次", "此次", "这场", "该");

  /**
   * Recorded as provenance on every extraction: the project version and the build time, so that a
   * rebuilt extractor re-extracts documents stored by an older one.
   */
  public static final String VERSION = ExtractorVersion.read();

  private final TriggerMatcher triggers;
  private final ReportedCriticism criticism;
  private final AssertionFilter assertions;
  private final PartyRules parties;
  private final ArgumentReader arguments = new ArgumentReader();
  private final DateResolver dates = new DateResolver();
  private final EventMerger merger = new EventMerger();
  private final RelationReader relations;
  private final Catalog catalog;

  public EventExtractor(Catalog catalog) {
    this.catalog = catalog;
    this.triggers = new TriggerMatcher(catalog);
    this.criticism = new ReportedCriticism(catalog.triggers(EventType.OPPOSE).stream()
        .filter(t -> t.frame().equals(ReportedCriticism.FRAME)).map(t -> t.word()).collect(Collectors.toSet()));
    this.parties = new PartyRules(this::smallGroupingMembers, this::countryOfPlace);
    this.assertions = new AssertionFilter(catalog.modalityWords());
    this.relations = new RelationReader(catalog);
  }

  /** Everything the document states, ready for its named graph. */
  public DocumentExtraction extract(ResolvedDoc doc) {
    Map<ActorId, Actor> actors = doc.actorsById();
    List<Sentence> sentences = doc.annotated().sentences();
    List<SentenceView> views = new ArrayList<>();
    Set<ActorId> named = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      SentenceView v = new SentenceView(sentences.get(i), doc.mentions().get(i), actors);
      views.add(v);
      named.addAll(v.parties(v.arguments(0, v.text().length())));
    }
    DocContext ctx = new DocContext(doc.annotated().doc().published(), PartyContext.start(named));
    List<Event> events = new ArrayList<>();
    for (SentenceView v : views) {
      events.addAll(sentenceEvents(doc, v, ctx));
    }
    List<Actor> kept = doc.actors();
    List<Event> merged = merger.merge(events);
    List<Membership> memberships = relations.memberships(doc, merged);
    List<Event> withMembers = merger.merge(withListedMembers(merged, memberships)).stream()
        .filter(e -> e.type() != EventType.MEET || e.parties().size() >= 2).toList();
    return new DocumentExtraction(doc.annotated().doc(), kept, withMembers,
        relations.positions(kept), memberships, VERSION);
  }

  /**
   * A grouping's own meeting (金砖国家领导人会晤, 二十国集团峰会) has among its parties the members the
   * document lists for it (…成为G20成员, 成员国包括…): the text names them as the grouping.
   */
  private static List<Event> withListedMembers(List<Event> events, List<Membership> memberships) {
    return events.stream().map(e -> {
      List<ActorId> orgs = e.parties().stream().filter(p -> p.type() == ActorType.ORGANIZATION).toList();
      if (e.type() != EventType.MEET || orgs.size() != 1) {
        return e;
      }
      Set<ActorId> parties = new LinkedHashSet<>(e.parties());
      memberships.stream().filter(m -> m.organization().equals(orgs.get(0))).map(Membership::member).forEach(parties::add);
      return parties.size() == e.parties().size() ? e : new Event(e.type(), List.copyOf(parties), e.persons(), e.date(),
          e.place(), e.name(), e.object(), e.trigger(), e.rule() + "+listed-members", e.evidence(), e.confidence());
    }).toList();
  }

  private List<Event> sentenceEvents(ResolvedDoc doc, SentenceView v, DocContext ctx) {
    ctx.enterBlock(v.sentence().block());
    List<DateMention> found = dates.find(v.text(), ctx.published, ctx.year, ctx.lastDate);
    List<Event> out = new ArrayList<>();
    Set<Integer> actorStarts = v.mentions().stream().map(Mention::start).collect(Collectors.toSet());
    List<Trigger> candidates = new ArrayList<>(triggers.find(v.text()));
    candidates.addAll(groupingsFounded(v));
    candidates.sort(Comparator.comparingInt(Trigger::start));
    for (Trigger candidate : candidates) {
      Trigger t = groupingIsLaunched(v, candidate);
      if (insideActorName(v, t) || modifiesAnotherNoun(v.text(), t) || isCeremony(v.text(), t)
          || !(aged(v, t) || asserted(v, t, actorStarts))) {
        continue;
      }
      List<EventDraft> drafts = parties.apply(v, t, ctx.parties);
      List<EventDraft> kept = withoutGroupingOfItsMembers(drafts);
      List<Optional<PartialDate>> respective = respectiveDates(v, found, t, kept);
      for (int k = 0; k < kept.size(); k++) {
        EventDraft d = kept.get(k);
        out.add(toEvent(doc, v, d, respective.isEmpty() ? dateFor(v, found, t, ctx) : respective.get(k)));
        ctx.parties = ctx.parties.with(d.parties());
      }
    }
    out = withoutPartialMeetings(out);
    out.addAll(framingSummits(doc, v, out, found, ctx));
    for (EventDraft d : criticism.find(v, ctx.lastSpeaker)) {
      out.add(toEvent(doc, v, d, dateFor(v, found, d.trigger(), ctx)));
    }
    ReportedCriticism.speakerOf(v).ifPresent(s -> ctx.lastSpeaker = Optional.of(s));
    if (out.isEmpty()) {
      List<ActorId> ps = v.parties(v.arguments(0, v.text().length()));
      if (ps.size() >= 2) {
        ctx.parties = ctx.parties.with(ps);
      }
    }
    ctx.remember(found.stream().filter(d -> !startsPeriod(v.text(), d)).toList());
    v.mentions().stream().filter(m -> m.kind() == MentionKind.ORGANIZATION).reduce((a, b) -> b)
        .ifPresent(m -> ctx.parties = ctx.parties.withOrganization(m.referents().get(0)));
    return out;
  }

  /**
   * 建立“澳英美三边安全伙伴关系”: a partnership that is a standing grouping of the catalog is
   * launched, not a relation upgraded to a level.
   */
  private static Trigger groupingIsLaunched(SentenceView v, Trigger t) {
    boolean grouping = t.type() == EventType.UPGRADE_PARTNERSHIP
        && v.mentions().stream().anyMatch(m -> m.kind() == MentionKind.ORGANIZATION
            && m.start() >= t.start() && m.end() <= t.end() + 1);
    return grouping ? new Trigger(EventType.LAUNCH, t.start(), t.end(), t.word()) : t;
  }

  private Optional<ActorId> countryOfPlace(String place) {
    return catalog.countryByCapital(place).or(() -> catalog.countryByCity(place))
        .or(() -> catalog.countryByName(place)).map(c -> c.id());
  }

  /**
   * 北约峰会在维尔纽斯召开，日本首相和韩国总统受邀参与领导人峰会: one meeting told twice in a sentence;
   * a meeting whose parties all belong to a larger meeting of the same sentence is that meeting.
   */
  private static List<Event> withoutPartialMeetings(List<Event> events) {
    return events.stream().filter(e -> e.type() != EventType.MEET || events.stream().noneMatch(o -> o != e
        && o.type() == EventType.MEET && o.parties().size() > e.parties().size()
        && o.parties().containsAll(e.parties()))).collect(Collectors.toCollection(ArrayList::new));
  }

  /**
   * 拜登在二十国集团峰会期间会见莫迪, 在马来西亚东盟峰会场边会谈: a grouping's summit named only as the
   * time or place of the sentence's events is itself a meeting, of the grouping, the states taking part
   * in those events (or the subject, when there are none) and the host.
   */
  private List<Event> framingSummits(ResolvedDoc doc, SentenceView v, List<Event> told, List<DateMention> found,
      DocContext ctx) {
    List<Event> out = new ArrayList<>();
    for (Mention m : v.mentions()) {
      if (m.kind() != MentionKind.ORGANIZATION) {
        continue;
      }
      Matcher f = SUMMIT_FRAME.matcher(v.text()).region(m.end(), v.text().length());
      if (!f.lookingAt()) {
        continue;
      }
      Trigger t = new Trigger(EventType.MEET, m.start(), f.end(), v.text().substring(m.start(), f.end()));
      Set<ActorId> parties = new LinkedHashSet<>(m.referents());
      told.stream().filter(e -> e.type() != EventType.OPPOSE && e.type() != EventType.SEVER_RELATIONS)
          .forEach(e -> parties.addAll(e.parties()));
      if (parties.size() == 1) {
        parties.addAll(v.parties(v.arguments(v.clauseStart(m.start()), m.start())));
      }
      parties.removeIf(p -> p.type() == ActorType.ORGANIZATION && !m.referents().contains(p));
      this.parties.venue(v, t).ifPresent(parties::add);
      boolean known = told.stream().anyMatch(e -> e.type() == EventType.MEET && Set.copyOf(e.parties()).equals(parties));
      if (parties.size() >= 2 && !known) {
        EventDraft d = new EventDraft(t, List.copyOf(parties), List.of(), "summit-as-frame", 0.7);
        out.add(toEvent(doc, v, d, dateFor(v, found, t, ctx)));
      }
    }
    return out;
  }

  /** 宣布成立AUKUS, 组建“四方安全对话”: founding a grouping the catalog knows is launching it. */
  private static List<Trigger> groupingsFounded(SentenceView v) {
    List<Trigger> out = new ArrayList<>();
    for (Mention m : v.mentions()) {
      if (m.kind() != MentionKind.ORGANIZATION) {
        continue;
      }
      Matcher f = FOUNDING.matcher(v.text().substring(Math.max(0, m.start() - 8), m.start()));
      if (f.find()) {
        int start = m.start() - (f.end() - f.start());
        out.add(new Trigger(EventType.LAUNCH, start, m.end(), v.text().substring(start, m.end())));
      }
    }
    return out;
  }

  /**
   * The members a small standing grouping (at most four, all countries: Quad, AUKUS) stands for as a
   * party of an undirected event; empty for any other actor.
   */
  private List<ActorId> smallGroupingMembers(ActorId actor) {
    Set<ActorId> members = catalog.organization(actor).map(o -> o.members()).orElse(Set.of());
    boolean small = members.size() >= 2 && members.size() <= 4
        && members.stream().allMatch(x -> x.type() == ActorType.COUNTRY);
    return small ? members.stream().sorted().toList() : List.of();
  }

  /**
   * 美英澳三国防长举行AUKUS会议: when every member of a grouping is a party, the grouping names the
   * meeting of its members and is not a party of its own.
   */
  private List<EventDraft> withoutGroupingOfItsMembers(List<EventDraft> drafts) {
    return drafts.stream().map(d -> {
      if (d.trigger().type().directed()) {
        return d;
      }
      List<ActorId> kept = d.parties().stream()
          .filter(p -> !membersAllPresent(p, d.parties())).toList();
      return kept.size() >= 2 && kept.size() < d.parties().size()
          ? new EventDraft(d.trigger(), kept, d.persons(), d.rule(), d.confidence()) : d;
    }).toList();
  }

  private boolean membersAllPresent(ActorId party, List<ActorId> parties) {
    return catalog.organization(party).map(o -> !o.members().isEmpty() && parties.containsAll(o.members()))
        .orElse(false);
  }

  /** 对话 in 四边安全对话 is part of an organization's name, not a meeting. */
  private static boolean insideActorName(SentenceView v, Trigger t) {
    return v.mentions().stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end()
        && m.kind() != MentionKind.GROUP_REFERENCE);
  }

  /** 峰会发言人, 峰会前, 会议公报: the meeting noun qualifies another noun or a time before it. */
  private static boolean modifiesAnotherNoun(String text, Trigger t) {
    String after = text.substring(t.end());
    String before = text.substring(0, t.start());
    boolean anaphoric = ANAPHORS.stream().anyMatch(before::endsWith);
    return t.type() == EventType.MEET
        && (NOUN_MODIFIED.stream().anyMatch(after::startsWith) || anaphoric);
  }

  /** 出席签字仪式: attending (or witnessing) a signing ceremony is not signing. */
  private static boolean isCeremony(String text, Trigger t) {
    boolean ceremony = text.startsWith("仪式", t.end()) || t.word().endsWith("仪式");
    boolean attended = Set.of("出席", "参加", "见证", "观礼").stream()
        .anyMatch(v -> text.substring(Math.max(0, t.start() - 4), t.start()).contains(v));
    return t.type() == EventType.SIGN && ceremony && attended;
  }

  /**
   * Where the plan/negation check starts: the trigger's clause, or the clause before it when the
   * trigger's clause has no actor of its own or continues the one before (拜登随后将前往巴厘岛，出席峰会:
   * 将 governs both).
   */
  private static int scopeStart(SentenceView v, Trigger t) {
    int start = v.clauseStart(t.start());
    // one clause back at most: a list of actor-less clauses does not share one mood
    if (start > 0 && (v.arguments(start, t.start()).isEmpty() || continues(v.text(), start))) {
      start = v.clauseStart(start - 1);
    }
    return start;
  }

  /** A clause that opens with a verb or a connective shares the previous clause's subject and mood. */
  private static boolean continues(String text, int clauseStart) {
    return CONTINUATIONS.stream().anyMatch(w -> text.startsWith(w, clauseStart));
  }

  private Event toEvent(ResolvedDoc doc, SentenceView v, EventDraft d, Optional<PartialDate> date) {
    Sentence s = v.sentence();
    Evidence evidence = new Evidence(doc.annotated().doc().id(), s.block(), s.start(), s.end(), s.text());
    String text = v.text();
    Trigger t = d.trigger();
    return new Event(t.type(), d.parties(), d.persons(), date,
        arguments.place(text, t).map(p -> original(s, text, p)),
        arguments.name(text, t).map(p -> original(s, text, p)),
        arguments.object(text, t).map(p -> original(s, text, p)),
        t.word(), d.rule(), evidence, date.isPresent() ? d.confidence() : d.confidence() * 0.9);
  }

  /** The document's own spelling of a span found in the simplified text. */
  private static String original(Sentence s, String simplified, String span) {
    int at = simplified.indexOf(span);
    return at < 0 ? span : s.text().substring(at, at + span.length());
  }

  /**
   * The date nearest before the trigger, else one after it in its clause, else carried from
   * context. A date that starts a period (自2017年以来) does not date the event.
   */
  private static Optional<PartialDate> dateFor(SentenceView v, List<DateMention> found, Trigger t, DocContext ctx) {
    List<DateMention> usable = found.stream().filter(d -> !startsPeriod(v.text(), d)).toList();
    Optional<DateMention> before = usable.stream().filter(d -> d.end() <= t.start()).reduce((a, b) -> b)
        // …2016年5月就职后第6个…，先前断交的国家是…: a background word after the date starts another statement
        .filter(d -> !BACKGROUND.matcher(v.text().substring(d.end(), t.start())).find());
    int clauseEnd = v.clauseEnd(t.end());
    Optional<DateMention> after = usable.stream().filter(d -> d.start() >= t.end() && d.end() <= clauseEnd).findFirst();
    Optional<PartialDate> named = before.or(() -> after).map(DateMention::date);
    if (t.type() == EventType.ESTABLISH_RELATIONS || t.type() == EventType.SEVER_RELATIONS) {
      Optional<RelationAge.Dating> age = RelationAge.after(v.text(), t.end());
      if (age.isPresent()) {
        // 建交67年来: counted back from the news; 建交以来: when, the sentence does not say
        return age.get().yearsAgo().flatMap(n -> ctx.published.map(p -> PartialDate.ofYear(p.getYear() + yearShift(v, t) - n)));
      }
    }
    // 此前, 曾, 先前: background told without a date has none, not the date of the news
    boolean background = BACKGROUND.matcher(v.text().substring(0, t.start())).find();
    return named.isPresent() || background ? named : ctx.fallbackDate();
  }

  /**
   * 巴拿马、多米尼加与萨尔瓦多分别在去年6月、今年5月与8月与台湾断交: with 分别, as many dates as events, in
   * the order of their first parties, give one date to each; empty when the sentence is not of that shape.
   */
  private static List<Optional<PartialDate>> respectiveDates(SentenceView v, List<DateMention> found, Trigger t,
      List<EventDraft> drafts) {
    int fen = v.text().lastIndexOf("分别", t.start());
    if (fen < 0 || drafts.size() < 2 || fen < v.clauseStart(t.start())) {
      return List.of();
    }
    List<DateMention> listed = found.stream().filter(d -> d.start() > fen && d.end() <= t.start()).toList();
    List<ActorId> firsts = drafts.stream().map(d -> d.parties().get(0)).distinct().toList();
    if (listed.size() != firsts.size() || firsts.size() != drafts.size()) {
      return List.of();
    }
    return drafts.stream().map(d -> Optional.of(listed.get(firsts.indexOf(d.parties().get(0))).date())).toList();
  }

  /**
   * 中方决定对…实施制裁, 两国元首一致决定将…提升为…, 双方同意重新建立外交关系, 经成员国同意…成为成员: for the
   * acts that a decision or an agreement performs (sanctions, upgrades, relations, accessions) the
   * decision is the act (an agreement to launch a mechanism stays a plan); other triggers by the usual mood rules.
   */
  private boolean asserted(SentenceView v, Trigger t, Set<Integer> actorStarts) {
    Set<String> allowed = t.word().equals(TriggerMatcher.SANCTION) || DECIDED_BY_AGREEMENT.contains(t.type())
        ? Set.of("决定", "同意") : Set.of();
    return assertions.asserted(v.text(), scopeStart(v, t), t.start(), actorStarts, allowed)
        && !beforeItHappens(v, t) && !CALLED_OFF.matcher(v.text()).region(t.end(), v.text().length()).lookingAt();
  }

  /** 在美国代表访问所罗门群岛前签署: an act that only dates another (在…前) has not happened yet. */
  private static boolean beforeItHappens(SentenceView v, Trigger t) {
    int clause = v.clauseStart(t.start());
    int at = v.text().lastIndexOf('在', t.start());
    return at >= clause && BEFORE_FRAME.matcher(v.text()).region(t.end(), v.clauseEnd(t.end())).lookingAt();
  }

  /** 建交67年来, 明年建交45周年: the age of relations tells they were established, whatever the mood around it. */
  private static boolean aged(SentenceView v, Trigger t) {
    return t.type() == EventType.ESTABLISH_RELATIONS && RelationAge.after(v.text(), t.end()).isPresent();
  }

  /** 明年…周年 counts from next year, 去年 from last year. */
  private static int yearShift(SentenceView v, Trigger t) {
    String clause = v.text().substring(v.clauseStart(t.start()), t.start());
    return clause.contains("明年") ? 1 : clause.contains("去年") ? -1 : 0;
  }

  private static boolean startsPeriod(String text, DateMention d) {
    String after = text.substring(d.end());
    return after.startsWith("以来") || after.startsWith("起") || after.startsWith("至今")
        || (d.start() > 0 && text.charAt(d.start() - 1) == '自');
  }

  /** What the extractor remembers while reading one document. */
  private static final class DocContext {
    final Optional<LocalDate> published;
    Optional<Integer> year = Optional.empty();
    Optional<PartialDate> blockDate = Optional.empty();
    Optional<PartialDate> lastDate = Optional.empty();
    PartyContext parties;
    Optional<ActorId> lastSpeaker = Optional.empty();
    int block = -1;

    DocContext(Optional<LocalDate> published, PartyContext parties) {
      this.published = published;
      this.parties = parties;
    }

    void enterBlock(int b) {
      if (b != block) {
        block = b;
        blockDate = Optional.empty();
      }
    }

    void remember(List<DateMention> found) {
      // a year far from the publication (历史 background: 1949年) does not date what follows
      found.stream().filter(DateMention::explicitYear).filter(d -> nearPublication(d.date().year()))
          .reduce((a, b) -> b).ifPresent(d -> year = Optional.of(d.date().year()));
      found.stream().reduce((a, b) -> b).ifPresent(d -> blockDate = Optional.of(d.date()));
      // 当天 refers to the last day named, not to a year or a month named since (今年是建交60周年)
      found.stream().map(DateMention::date).filter(PartialDate::hasDay).reduce((a, b) -> b)
          .ifPresent(d -> lastDate = Optional.of(d));
    }

    private boolean nearPublication(int y) {
      return published.map(p -> y >= p.getYear() - 3 && y <= p.getYear()).orElse(true);
    }

    Optional<PartialDate> fallbackDate() {
      return blockDate.or(() -> published.map(p -> PartialDate.ofMonth(p.getYear(), p.getMonthValue())));
    }
  }
}
