package org.diplograph.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.function.Function;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorType;
import org.diplograph.model.EventType;
import org.diplograph.model.Mention;
import org.diplograph.model.MentionKind;

/**
 * Finds the parties of a trigger. Symmetric types (MEET, SIGN, JOINT_STATEMENT, UPGRADE, LAUNCH)
 * take every party before the trigger in the sentence and the object of a meeting verb (会见X);
 * 双方/两国 stand for the parties in context. Directed types take the subject before the trigger
 * and the target after it; several subjects or targets give one event per pair, and so does
 * 分别 (日韩分别和北约签署 → two signings). Thread-safe.
 */
final class PartyRules {
  private final Function<ActorId, List<ActorId>> members;
  private final Function<String, Optional<ActorId>> placeCountry;
  private final ArgumentReader arguments = new ArgumentReader();

  /**
   * @param members the members a small standing grouping stands for (empty for any other actor)
   * @param placeCountry the country a place name (a country or its capital) is in
   */
  PartyRules(Function<ActorId, List<ActorId>> members, Function<String, Optional<ActorId>> placeCountry) {
    this.members = members;
    this.placeCountry = placeCountry;
  }

  /** What may stand between 来华 and 访问: 来华进行国事访问. */
  private static final String VISIT_GAP = "(进行)?(国事|正式|工作|友好|私人|官方)?";
  /** Types whose unnamed subject continues the event just told (会后发表联合声明). */
  private static final Set<EventType> CONTINUING_TYPES =
      EnumSet.of(EventType.JOINT_STATEMENT, EventType.SIGN, EventType.LAUNCH);
  /** Types that are relations between two parties: a hub with several partners gives one event per pair. */
  private static final Set<EventType> BILATERAL_TYPES =
      EnumSet.of(EventType.UPGRADE_PARTNERSHIP, EventType.ESTABLISH_RELATIONS, EventType.SEVER_RELATIONS);
  private static final Pattern POSSESSOR_TAIL =
      Pattern.compile("(领导人|首脑|元首|外长|防长|代表|官员)?(之间)?的$");
  private static final Pattern ATTENDANCE = Pattern.compile(
      "(出席|主持|与会|参加|参与)(了)?[^，。；]{0,8}?(峰会|会议|会晤|仪式)?[。，；]?$|等出席|共同出席");
  /** Verbs of meeting one side at a time (会见, 会面): with three or more sides, one meeting each. */
  private static final Set<String> SEPARATE_MEETINGS = Set.of("会见", "会面", "接见", "见面");
  /** 共同会见记者, 一起会面: the sides meet together. */
  private static final Pattern JOINTLY = Pattern.compile("共同|一同|一起|一道|集体|联合");
  private static final List<String> OBJECT_VERBS = List.of("会见", "会晤", "接见", "通话", "通电话", "见面", "会谈", "致电", "约见", "召见", "紧急约见", "紧急召见");

  /** The drafts of the trigger; empty when its parties cannot be found. */
  List<EventDraft> apply(SentenceView v, Trigger t, PartyContext context) {
    return switch (t.type()) {
      case VISIT, OPPOSE, JOIN, SEVER_RELATIONS -> directed(v, t, context);
      case ESTABLISH_RELATIONS -> t.word().equals("承认") ? recognition(v, t)
          : partnerBefore(v, t).or(() -> partnerWithin(v, t)).map(p -> withPartner(v, t, p))
              .orElseGet(() -> symmetric(v, t, context));
      default -> symmetric(v, t, context);
    };
  }

  /**
   * The subjects before a partner (A、B与C建交); for a clause without its own subject (…与台湾断交，改与
   * 中国建交) or a second verb phrase after 、 (…与台湾断交、与中国建交) those of the one before, found
   * the same way.
   */
  private List<ActorId> subjectsBeforePartner(SentenceView v, Trigger t, Mention partner) {
    int conjunct = partner.start() - 2;
    if (conjunct > 0 && v.text().charAt(conjunct) == '、') {
      // 与台湾断交、与北京建交: the second of two verb phrases joined by 、 has the subjects of the first
      Trigger previous = new Trigger(t.type(), conjunct, conjunct, t.word());
      Optional<Mention> earlier = partnerBefore(v, previous);
      if (earlier.isPresent()) {
        return subjectsBeforePartner(v, previous, earlier.get());
      }
    }
    int clause = v.clauseStart(partner.start());
    boolean own = v.arguments(clause, partner.start()).stream().anyMatch(m -> !v.partiesOf(m).isEmpty());
    if (!own && clause > 0) {
      Trigger previous = new Trigger(t.type(), clause - 1, clause - 1, t.word());
      Optional<Mention> earlier = partnerBefore(v, previous);
      if (earlier.isPresent()) {
        return subjectsBeforePartner(v, previous, earlier.get());
      }
    }
    return subjectsBefore(v, t, partner.start());
  }

  /**
   * 英国、加拿大和澳大利亚承认巴勒斯坦国: each recognising state with the state it recognises, named
   * right after the verb; recognising a principle or a fact (承认一个中国原则) is no event.
   */
  private List<EventDraft> recognition(SentenceView v, Trigger t) {
    Optional<Mention> state = v.mentions().stream()
        .filter(m -> m.start() >= t.end() && m.start() <= t.end() + 1 && m.kind() == MentionKind.COUNTRY)
        .findFirst();
    if (state.isEmpty() || v.text().startsWith("一个中国", t.end())) {
      return List.of();
    }
    return withPartner(v, t, state.get());
  }

  /** 基里巴斯、所罗门群岛与北京建交: each subject with the partner after 与. */
  private List<EventDraft> withPartner(SentenceView v, Trigger t, Mention partner) {
    List<ActorId> with = v.partiesOf(partner);
    List<ActorId> subjects = subjectsBeforePartner(v, t, partner);
    List<EventDraft> out = new ArrayList<>();
    for (ActorId s : subjects) {
      if (!with.contains(s)) {
        out.add(new EventDraft(t, List.of(s, with.get(0)), v.persons(List.of(partner)), "partner-" + t.type(), 0.8));
      }
    }
    return out;
  }

  private List<EventDraft> symmetric(SentenceView v, Trigger t, PartyContext ctx) {
    List<Mention> args = new ArrayList<>(possessive(v, t)
        .or(() -> ownPartnerClause(v, t)).orElseGet(() -> nearestClausesWithParties(v, t)));
    if (OBJECT_VERBS.contains(t.word())) {
      args.addAll(objectGroup(v, t));
    }
    if (t.type() == EventType.MEET) {
      args.addAll(attendees(v, t));
      if (v.parties(args).isEmpty() && FRAME_END.matcher(v.text()).region(t.end(), v.text().length()).lookingAt()) {
        // 3月7日的会谈上，范明政与阿尔巴尼斯共同宣布…: those of the clause the meeting frames
        int next = v.clauseEnd(t.end()) + 1;
        args.addAll(v.arguments(next, v.clauseEnd(next)));
      }
    }
    if (t.type() == EventType.JOINT_STATEMENT && v.isQuoted(t.start())) {
      args.addAll(v.mentionsInTitleBefore(t.start()));
    }
    List<ActorId> parties = new ArrayList<>(withMembers(v.parties(args)));
    double confidence = 0.85;
    int group = args.stream().filter(m -> m.kind() == MentionKind.GROUP_REFERENCE)
        .mapToInt(Mention::groupSize).max().orElse(0);
    // a heading that is only the trigger (联合声明) states nothing
    boolean unnamed = parties.isEmpty() && CONTINUING_TYPES.contains(t.type())
        && v.text().length() > t.word().length() + 4;
    List<ActorId> context = group > 0 ? ctx.latestOfSize(group) : ctx.latest();
    if ((group > parties.size() || unnamed) && context.size() >= 2) {
      // 双方发表联合声明; 会后发表联合声明: the parties of the event just told
      parties = new ArrayList<>(context);
      confidence = 0.7;
    }
    if (t.type() == EventType.MEET && parties.stream().anyMatch(p -> p.type() == ActorType.ORGANIZATION)
        && !pairedWithGrouping(v, args)) {
      // 在新德里举行的二十国集团峰会: the state a grouping's meeting is held in is its host
      Optional<ActorId> host = venue(v, t);
      // the host takes part when the text names it as an actor somewhere, not only as the venue
      if (host.isPresent() && !parties.contains(host.get()) && ctx.actorsOfDocument().contains(host.get())) {
        parties.add(host.get());
      }
    }
    // a grouping's own meeting may get its parties from the members the document lists (see EventExtractor)
    boolean groupingAlone = t.type() == EventType.MEET && parties.size() == 1
        && parties.get(0).type() == ActorType.ORGANIZATION;
    if (parties.size() < minimum(t.type()) && !groupingAlone) {
      return List.of();
    }
    if (v.text().substring(0, t.start()).contains("分别")) {
      List<EventDraft> each = eachObject(v, t, confidence);
      return each.isEmpty() ? pairwise(v, t, args, parties, confidence) : each;
    }
    if (BILATERAL_TYPES.contains(t.type())) {
      List<EventDraft> spokes = hubAndPartners(v, t, args, confidence);
      if (!spokes.isEmpty()) {
        return spokes;
      }
    }
    String lead = v.text().substring(v.clauseStart(t.start()), t.start());
    boolean jointly = JOINTLY.matcher(lead).find();
    if (t.type() == EventType.MEET && SEPARATE_MEETINGS.contains(t.word()) && !jointly) {
      // 与美国、日本、法国等国首脑以及北约、欧盟负责人会面: 会见/会面 with three or more named sides is a
      // round of meetings, one per side (a joint meeting says 举行三方会谈, 四国外长会议)
      List<EventDraft> spokes = hubAndPartners(v, t, args, confidence, true);
      if (spokes.size() >= 3) {
        return spokes;
      }
      List<EventDraft> each = eachObject(v, t, confidence);
      if (each.size() >= 3) {
        return each;
      }
    }
    return List.of(new EventDraft(t, parties, v.persons(args), "symmetric-" + t.type(), confidence));
  }

  /**
   * 克里与沙特外长举行会谈，随后与海合会外长举行会议: a later clause with its own partner (与X)
   * keeps the sentence's subject and takes only its own partner.
   */
  private static Optional<List<Mention>> ownPartnerClause(SentenceView v, Trigger t) {
    int clause = v.clauseStart(t.start());
    if (clause == 0) {
      return Optional.empty();
    }
    String text = v.text();
    List<Mention> own = v.arguments(clause, t.start());
    boolean partner = own.stream().anyMatch(m -> m.start() > clause && after(PARTNER_WORDS, text, m)
        && text.substring(clause, m.start() - 1).matches("(随后|然后|又|并|还|再|接着|其后|之后)*"));
    if (!partner) {
      return Optional.empty();
    }
    List<Mention> subject = v.arguments(0, clause).stream().limit(1).toList();
    List<Mention> out = new ArrayList<>(subject);
    out.addAll(own);
    return Optional.of(out);
  }

  /**
   * 会晤23日在喀山举行，普京主持，习近平、莫迪等出席: the later clauses of the sentence that say who
   * hosted or attended the meeting add their actors.
   */
  private static List<Mention> attendees(SentenceView v, Trigger t) {
    List<Mention> out = new ArrayList<>();
    String text = v.text();
    int own = v.clauseEnd(t.end());
    if (ATTENDANCE.matcher(text.substring(t.end(), own)).find()) {
      // 北约峰会邀请韩国总统和日本首相作为观察员出席
      out.addAll(v.arguments(t.end(), own));
    }
    int start = own;
    while (start < text.length()) {
      int end = v.clauseEnd(start + 1);
      if (ATTENDANCE.matcher(text.substring(start, end)).find()) {
        out.addAll(v.arguments(start, end));
      }
      start = end;
    }
    return out;
  }

  /** 会见X和Y: the object of a meeting verb is the first actor after it with those coordinated with it. */
  private static List<Mention> objectGroup(SentenceView v, Trigger t) {
    if (NOMINAL_AFTER.matcher(v.text()).region(t.end(), v.text().length()).lookingAt()) {
      // 在会晤后的记者会上批评中国: a meeting named as a time takes no object
      return List.of();
    }
    List<Mention> after = v.arguments(t.end(), v.clauseEnd(t.end()));
    List<Mention> group = new ArrayList<>();
    for (Mention m : after) {
      if (!group.isEmpty() && !coordinatedLoosely(v.text(), group.get(group.size() - 1), m)) {
        break;
      }
      group.add(m);
    }
    return group;
  }

  /** In one list, allowing a title between (七国集团外长以及欧盟高级代表), not a preposition (日方在日美…). */
  private static boolean listedWith(String text, Mention a, Mention b) {
    return text.substring(a.end(), b.start()).matches("[^，。；,;在于对向从]{0,6}?(、|和|与|及|以及|同)");
  }

  /** Coordinated, allowing the titles and names between (日本外相上川阳子和菲律宾外长马纳洛). */
  private static boolean coordinatedLoosely(String text, Mention a, Mention b) {
    String gap = text.substring(a.end(), b.start());
    return gap.length() <= 12 && !gap.matches(".*[，。；,;引致使令让].*");
  }

  /** 东盟和美国领导人的峰会: the parties are those of the modifier, not the speaker who tells of it. */
  private static Optional<List<Mention>> possessive(SentenceView v, Trigger t) {
    Matcher m = POSSESSOR_TAIL.matcher(v.text().substring(0, t.start()));
    if (!m.find()) {
      return Optional.empty();
    }
    List<Mention> group = new ArrayList<>();
    int end = m.start();
    List<Mention> before = v.arguments(v.clauseStart(t.start()), end);
    for (int k = before.size() - 1; k >= 0; k--) {
      Mention x = before.get(k);
      if (x.end() != end && !v.text().substring(x.end(), end).matches("[、和与及同]")) {
        break;
      }
      group.add(0, x);
      end = x.start();
    }
    return v.parties(group).size() >= 2 ? Optional.of(group) : Optional.empty();
  }

  /**
   * The state a meeting is held in: the place ArgumentReader finds, else the country or capital that
   * begins the place after 在 in the trigger's clause (在北京钓鱼台国宾馆, 在乌兹别克斯坦撒马尔罕).
   */
  Optional<ActorId> venue(SentenceView v, Trigger t) {
    Optional<ActorId> found = arguments.placeInClause(v.text(), t).flatMap(placeCountry);
    if (found.isPresent()) {
      return found;
    }
    String text = v.text();
    int from = v.clauseStart(t.start());
    int end = v.clauseEnd(t.end());
    for (int at = text.indexOf('在', from); at >= 0 && at < end; at = text.indexOf('在', at + 1)) {
      for (int len = Math.min(8, end - at - 1); len >= 2; len--) {
        Optional<ActorId> c = placeCountry.apply(text.substring(at + 1, at + 1 + len));
        if (c.isPresent()) {
          return c;
        }
      }
    }
    return Optional.empty();
  }

  /** 东盟与美国峰会, 中国—东盟领导人会议: a grouping paired with a partner meets that partner, not its own summit. */
  private static boolean pairedWithGrouping(SentenceView v, List<Mention> args) {
    for (int k = 1; k < args.size(); k++) {
      Mention a = args.get(k - 1);
      Mention b = args.get(k);
      boolean grouping = a.kind() == MentionKind.ORGANIZATION || b.kind() == MentionKind.ORGANIZATION;
      if (grouping && b.start() >= a.end() && v.text().substring(a.end(), b.start()).matches("[与和同—–\\-－]")) {
        return true;
      }
    }
    // 东盟与多国峰会: paired with partners the text does not name
    return args.stream().anyMatch(m -> m.kind() == MentionKind.ORGANIZATION
        && UNNAMED_PARTNERS.matcher(v.text()).region(m.end(), v.text().length()).lookingAt());
  }

  /**
   * The arguments before the trigger from the nearest clauses that hold a party: its own clause,
   * else the clauses before it back to one with a party. A clause opened by 而/但/然而 starts a new
   * statement and is not crossed (…被视为澳洲和新西兰的“后院”，而中所签署…).
   */
  private static List<Mention> nearestClausesWithParties(SentenceView v, Trigger t) {
    int from = v.clauseStart(t.start());
    while (from > 0 && v.parties(v.arguments(from, t.start())).isEmpty()
        && !CONTRAST.matcher(v.text()).region(from, v.text().length()).lookingAt()) {
      from = v.clauseStart(from - 1);
    }
    List<Mention> own = v.arguments(from, t.start());
    return v.parties(own).size() >= 2 || from == 0 ? own : widenedToSubject(v, t, from, own);
  }

  /** One party in the trigger's clauses (…，并与法国签署…): the sentence's subject joins it. */
  private static List<Mention> widenedToSubject(SentenceView v, Trigger t, int from, List<Mention> own) {
    if (CONTRAST.matcher(v.text()).region(from, v.text().length()).lookingAt()) {
      return own;
    }
    return v.arguments(0, t.start());
  }

  /** A Quad ministers' meeting has the four member states as parties: small groupings stand for their members. */
  private List<ActorId> withMembers(List<ActorId> parties) {
    Set<ActorId> out = new LinkedHashSet<>();
    for (ActorId p : parties) {
      List<ActorId> ms = members.apply(p);
      out.addAll(ms.isEmpty() ? List.of(p) : ms);
    }
    return List.copyOf(out);
  }

  /**
   * 越南与中国、俄罗斯和印度建立全面战略伙伴关系: a hub, then 与/同/和 and a list of partners, is one
   * relation per partner. Empty when the arguments are not of that shape.
   */
  private static List<EventDraft> hubAndPartners(SentenceView v, Trigger t, List<Mention> args, double confidence) {
    return hubAndPartners(v, t, args, confidence, false);
  }

  /** As above; {@code loose} lets the list run on over modifiers (A、B、C等国首脑以及D、E负责人). */
  private static List<EventDraft> hubAndPartners(SentenceView v, Trigger t, List<Mention> args, double confidence,
      boolean loose) {
    String text = v.text();
    List<Mention> parties = args.stream().filter(m -> !v.partiesOf(m).isEmpty()).toList();
    for (int k = 1; k < parties.size(); k++) {
      Mention first = parties.get(k);
      if (!after(PARTNER_WORDS, text, first)) {
        continue;
      }
      List<Mention> partners = new ArrayList<>(List.of(first));
      for (int j = k + 1; j < parties.size() && (loose ? coordinatedLoosely(text, parties.get(j - 1), parties.get(j))
          : coordinated(text, parties.get(j - 1), parties.get(j))); j++) {
        partners.add(parties.get(j));
      }
      List<ActorId> hub = v.parties(parties.subList(0, k));
      List<ActorId> spokes = v.parties(partners);
      if (hub.size() != 1 || spokes.size() < 2 || spokes.contains(hub.get(0))) {
        return List.of();
      }
      List<EventDraft> out = new ArrayList<>();
      for (ActorId p : spokes) {
        out.add(new EventDraft(t, List.of(hub.get(0), p), v.persons(args), "hub-partner-" + t.type(), confidence * 0.9));
      }
      return out;
    }
    return List.of();
  }

  private static int minimum(EventType type) {
    return type == EventType.SIGN || type == EventType.LAUNCH ? 1 : 2;
  }

  /** 王毅分别会见基里巴斯总统、纽埃总理和汤加外交大臣: the subject with each object in turn. */
  private List<EventDraft> eachObject(SentenceView v, Trigger t, double confidence) {
    if (!OBJECT_VERBS.contains(t.word())) {
      return List.of();
    }
    List<Mention> objects = objectGroup(v, t);
    List<ActorId> subject = v.parties(v.arguments(0, t.start())).stream().limit(1).toList();
    if (subject.isEmpty() || v.parties(objects).size() < 2) {
      return List.of();
    }
    List<EventDraft> out = new ArrayList<>();
    for (Mention o : objects) {
      for (ActorId p : v.partiesOf(o)) {
        if (!subject.contains(p)) {
          out.add(new EventDraft(t, List.of(subject.get(0), p), v.persons(List.of(o)), "respectively-" + t.type(), confidence * 0.9));
        }
      }
    }
    return out;
  }

  /** 日韩分别和北约签署: the compound before 分别 pairs each member with the rest. */
  private List<EventDraft> pairwise(SentenceView v, Trigger t, List<Mention> args, List<ActorId> all,
      double confidence) {
    Optional<Mention> group = args.stream().filter(m -> m.referents().size() >= 2).findFirst();
    if (group.isEmpty()) {
      return List.of(new EventDraft(t, all, v.persons(args), "symmetric-" + t.type(), confidence));
    }
    List<ActorId> rest = all.stream().filter(p -> !group.get().referents().contains(p)).toList();
    List<EventDraft> out = new ArrayList<>();
    for (ActorId member : group.get().referents()) {
      List<ActorId> parties = new ArrayList<>(List.of(member));
      parties.addAll(rest);
      out.add(new EventDraft(t, parties, List.of(), "respectively-" + t.type(), confidence * 0.9));
    }
    return out;
  }

  /** 来华访问, 赴美访问: the destination written right before the trigger after a travel verb. */
  private static Optional<Mention> destinationBefore(SentenceView v, Trigger t) {
    return v.mentions().stream()
        .filter(m -> m.end() <= t.start() && v.text().substring(m.end(), t.start()).matches(VISIT_GAP))
        .filter(m -> m.start() > 0 && "来赴抵到".indexOf(v.text().charAt(m.start() - 1)) >= 0)
        .filter(m -> !v.partiesOf(m).isEmpty())
        .findFirst();
  }

  /**
   * 来华出席峰会的卢旺达总统 / 卢旺达总统来华出席峰会: the host follows 来; the visitor is the noun a
   * following 的 introduces, else the clause's subject.
   */
  private List<EventDraft> cameTo(SentenceView v, Trigger t) {
    int end = v.clauseEnd(t.end());
    Optional<Mention> host = v.mentions().stream().filter(m -> m.start() == t.end()).findFirst();
    if (host.isEmpty() || v.partiesOf(host.get()).isEmpty()) {
      return List.of();
    }
    int de = v.text().indexOf('的', host.get().end());
    List<Mention> visitorSide = de >= 0 && de < end
        ? v.arguments(de + 1, end)
        : v.arguments(v.clauseStart(t.start()), t.start());
    List<ActorId> hostParty = v.partiesOf(host.get());
    Optional<ActorId> visitor = v.parties(visitorSide).stream().filter(p -> !hostParty.contains(p)).findFirst();
    return visitor.map(x -> List.of(new EventDraft(t, List.of(x, hostParty.get(0)), v.persons(visitorSide),
        "came-to", 0.75))).orElse(List.of());
  }

  /** 会见来访的英国外长, 会见到访的日本首相, 正在英国访问的杨洁篪: the visitor follows 的, the host is the subject or the place. */
  private static boolean visitorIntroducedAfter(SentenceView v, Trigger t) {
    String text = v.text();
    boolean coming = t.word().startsWith("来") || t.word().startsWith("到")
        || (t.start() > 0 && "来到".indexOf(text.charAt(t.start() - 1)) >= 0)
        || v.mentions().stream().anyMatch(m -> m.end() == t.start() && m.start() > 0 && text.charAt(m.start() - 1) == '在');
    return coming && text.startsWith("的", t.end());
  }

  private List<EventDraft> hostReceivesVisitor(SentenceView v, Trigger t) {
    List<Mention> after = v.arguments(t.end(), v.clauseEnd(t.end())).stream()
        .filter(m -> !v.partiesOf(m).isEmpty()).toList();
    // 接待日韩领导人: every state of the first visitor named (a compound names several)
    List<ActorId> visitors = after.isEmpty() ? List.of() : v.partiesOf(after.get(0));
    // 正在英国访问的杨洁篪: the host is the place right before the trigger
    Optional<ActorId> host = v.mentions().stream().filter(m -> m.end() == t.start() && m.start() > 0
            && v.text().charAt(m.start() - 1) == '在').findFirst().flatMap(m -> v.partiesOf(m).stream().findFirst())
        .or(() -> v.parties(v.arguments(v.clauseStart(t.start()), t.start())).stream().findFirst())
        .or(() -> v.parties(v.arguments(0, t.start())).stream().findFirst());
    if (host.isEmpty()) {
      return List.of();
    }
    return visitors.stream().filter(x -> !x.equals(host.get()))
        .map(x -> new EventDraft(t, List.of(x, host.get()), v.persons(after), "visitor-received", 0.8)).toList();
  }

  /** 会见来华访问的肯尼亚总统: the visitor is the noun 的 introduces, else the clause's subject. */
  private List<EventDraft> visitTo(SentenceView v, Trigger t, Mention host) {
    List<ActorId> hostParty = v.partiesOf(host);
    boolean relative = v.text().startsWith("的", t.end());
    List<Mention> candidates = relative
        ? v.arguments(t.end(), v.clauseEnd(t.end()))
        : v.arguments(v.clauseStart(t.start()), host.start());
    Optional<ActorId> visitor = v.parties(candidates).stream().filter(p -> !hostParty.contains(p)).findFirst();
    return visitor.map(x -> List.of(new EventDraft(t, List.of(x, hostParty.get(0)),
            v.persons(candidates), "visit-destination", 0.8)))
        .orElse(List.of());
  }

  /** 三方表达了对…的关切: the subject is a group reference standing for the parties in context. */
  private static Optional<Mention> groupSubject(SentenceView v, Trigger t) {
    List<Mention> inClause = v.arguments(v.clauseStart(t.start()), t.start());
    Optional<Mention> subject = inClause.isEmpty()
        ? v.arguments(0, t.start()).stream().findFirst()
        : inClause.stream().reduce((a, b) -> b);
    return subject.filter(m -> m.kind() == MentionKind.GROUP_REFERENCE);
  }

  /** 对美国进行正式访问: the host stands after 对 before the trigger. */
  private static List<ActorId> visitHostBefore(SentenceView v, Trigger t) {
    int dui = duiPosition(v, t);
    // 对越南和新加坡进行国事访问: one visit to each host coordinated after 对
    return dui < 0 ? List.of() : v.parties(groupAt(v, dui + 1));
  }

  /** The offset of 对 in 对X进行…访问 before the trigger in its clause, or -1. */
  private static int duiPosition(SentenceView v, Trigger t) {
    int dui = v.text().lastIndexOf('对', t.start());
    boolean frame = dui >= v.clauseStart(t.start()) && v.text().substring(dui, t.start()).contains("进行");
    return frame ? dui : -1;
  }

  private List<EventDraft> directed(SentenceView v, Trigger t, PartyContext context) {
    Optional<Mention> cameTo = t.type() == EventType.VISIT ? destinationBefore(v, t) : Optional.empty();
    if (cameTo.isPresent()) {
      return visitTo(v, t, cameTo.get());
    }
    if (t.type() == EventType.VISIT && t.word().equals("来")) {
      return cameTo(v, t);
    }
    if (t.type() == EventType.VISIT && (visitorIntroducedAfter(v, t) || RECEIVING.contains(t.word()))) {
      return hostReceivesVisitor(v, t);
    }
    Optional<Mention> partner = t.type() == EventType.SEVER_RELATIONS ? partnerBefore(v, t) : Optional.empty();
    Optional<Mention> group = groupSubject(v, t);
    List<ActorId> sources = group.isPresent() ? context.latestOfSize(group.get().groupSize())
        : partner.map(p -> subjectsBefore(v, t, p.start())).orElseGet(() -> subjects(v, t));
    List<ActorId> targets = partner.map(v::partiesOf).orElseGet(() -> targets(v, t));
    Matcher listed = LISTED_AFTER.matcher(v.text()).region(t.end(), v.text().length());
    if (listed.lookingAt() && (t.type() == EventType.JOIN || t.type() == EventType.SEVER_RELATIONS)) {
      // 先前断交的国家是A、B和C; 首批加入的成员有A、B: the list names the actors of the relative clause
      List<ActorId> list = v.parties(groupAt(v, listed.end()));
      if (list.size() >= 2) {
        sources = list;
        if (t.type() == EventType.SEVER_RELATIONS && partner.isEmpty()) {
          int clause = v.clauseStart(t.start());
          targets = clause == 0 ? List.of()
              : partnerBefore(v, new Trigger(t.type(), clause - 1, clause - 1, t.word())).map(v::partiesOf).orElse(List.of());
        }
      }
    }
    if (t.word().equals(TriggerMatcher.RECALLED)) {
      // 召回驻美国和澳大利亚大使: the states the ambassadors were sent to, named right after 驻
      targets = v.parties(groupAt(v, t.end()));
    }
    Optional<Mention> agent = t.type() == EventType.OPPOSE ? passiveAgent(v, t) : Optional.empty();
    if (agent.isPresent()) {
      // 日本遭到中国批评, 该公司被美国制裁: the agent after 被/遭 opposes the subject
      List<ActorId> patients = subjectsBefore(v, t, agent.get().start());
      sources = v.partiesOf(agent.get());
      targets = patients;
    }
    if (t.type() == EventType.OPPOSE && targets.isEmpty()) {
      int clause = v.clauseStart(t.start());
      boolean ownSubject = v.arguments(clause, t.start()).stream().anyMatch(m -> !v.partiesOf(m).isEmpty());
      Optional<Integer> about = aboutMarker(v, t).filter(at -> at >= clause || !ownSubject);
      if (v.text().substring(clause, t.start()).contains("对此") || about.isEmpty()) {
        targets = spokenTarget(v, t, sources);
      } else {
        // 中方就日方涉华言论提出严正交涉: the target follows 就/针对, the source stands before it
        targets = v.parties(groupAt(v, about.get()));
        // 中国对美国的做法表示强烈不满: the subject stands before the marker, not between it and the trigger
        List<ActorId> before = subjectsBefore(v, t, about.get());
        if (group.isEmpty() && (!ownSubject || !before.isEmpty())) {
          sources = before;
        }
      }
    }
    if (t.type() == EventType.JOIN) {
      targets = targets.stream().filter(p -> p.type() == ActorType.ORGANIZATION).limit(1).toList();
      if (targets.isEmpty() && context.lastOrganization().isPresent() && anaphoricOrganization(v, t)) {
        // 冈比亚、布基纳法索成为论坛新成员: the organization the text spoke of last
        targets = List.of(context.lastOrganization().get());
      }
    }
    List<EventDraft> out = new ArrayList<>();
    List<ActorId> persons = v.persons(v.arguments(0, v.clauseEnd(t.end())));
    for (ActorId s : sources) {
      for (ActorId g : targets) {
        if (!s.equals(g)) {
          out.add(new EventDraft(t, List.of(s, g), persons, "directed-" + t.type(), 0.8));
        }
      }
    }
    return out;
  }

  private static final Pattern CONTRAST = Pattern.compile("(而|但|但是|然而|不过|同时)(?![且是])");
  private static final Pattern NOMINAL_AFTER = Pattern.compile("(之后|后|之前|前|的|时|中|期间|上|结束)(?!往)");
  private static final Pattern UNNAMED_PARTNERS = Pattern.compile("[与和同](多国|各国|其他国家|伙伴国|对话伙伴|有关国家)");
  /** 拜登在戴维营接待日韩领导人: the host receives the visitor named after the verb. */
  private static final Set<String> RECEIVING = Set.of("接待", "迎接", "热情接待", "隆重接待");
  /** 会谈上， 会晤中， 会议期间，: a meeting that frames the next clause. */
  private static final Pattern FRAME_END = Pattern.compile("(上|中|期间|时)[，,]");
  /** 成为论坛新成员, 加入该组织: the object of joining is an organization told before, not named here. */
  private static boolean anaphoricOrganization(SentenceView v, Trigger t) {
    String after = v.text().substring(t.end(), v.clauseEnd(t.end()));
    return t.word().matches(".*(成员|会员|缔约国|签署国)国?") || ANAPHORIC_ORG.matcher(after).lookingAt()
        || LISTED_AFTER.matcher(v.text()).region(t.end(), v.text().length()).lookingAt();
  }

  private static final Pattern ANAPHORIC_ORG = Pattern.compile("(了)?(该|这个|此|这一)?(组织|论坛|集团|联盟|机制|框架|协定|机构|银行)");
  private static final Pattern PASSIVE = Pattern.compile("(被|遭|遭到|受到|遭受)$");

  /** The agent of a passive (被美国制裁, 遭到中方强烈谴责): the actor right after 被/遭 before the trigger. */
  private static Optional<Mention> passiveAgent(SentenceView v, Trigger t) {
    int clause = v.clauseStart(t.start());
    return v.arguments(clause, t.start()).stream()
        .filter(m -> !v.partiesOf(m).isEmpty() && PASSIVE.matcher(v.text().substring(clause, m.start())).find())
        .reduce((a, b) -> b);
  }

  /** 断交的国家是…, 加入的成员有…: a relative clause whose head noun a list names. */
  private static final Pattern LISTED_AFTER = Pattern.compile(
      "的[^，。；]{0,6}?(国家|成员国|成员|国|伙伴国|伙伴)(有|是|为|包括|分别是|分别为|依次是)[：:]?");
  /**
   * What introduces the target of an act of opposition before its verb: 就/针对/对于 (what it is about),
   * 向 (向日方提出抗议), 对 in the verb's own clause (对美方表示强烈不满) or further with what was said or done.
   */
  private static final Pattern ABOUT = Pattern.compile("就|针对|对于|(?<![面相])向|(?<![面相绝应反核比])对(?!此)");
  private static final Pattern SAID_OR_DONE = Pattern.compile("言论|言行|声明|行为|做法|举动|报告|决议");
  /** What a speaker goes on to say after a verb of criticism (反击说, 警告，…; 对此强烈不满). */
  private static final Pattern SPEECH_AFTER = Pattern.compile("(说|称|表示|指出|道)?[，,：:“\"「]");

  /**
   * The offset right after the 就/针对 that introduces what an act of opposition is about (就日方涉华
   *言论提出严正交涉), when it stands before the trigger in the sentence; empty otherwise.
   */
  private static Optional<Integer> aboutMarker(SentenceView v, Trigger t) {
    Matcher m = ABOUT.matcher(v.text());
    m.region(0, t.start());
    Optional<Integer> at = Optional.empty();
    while (m.find()) {
      int end = m.end();
      boolean actorFollows = v.mentions().stream().anyMatch(x -> x.start() == end && !v.partiesOf(x).isEmpty());
      boolean near = !m.group().equals("对") && !m.group().equals("向") || end >= v.clauseStart(t.start())
          || SAID_OR_DONE.matcher(v.text()).region(end, t.start()).find();
      if (actorFollows && near) {
        if (end >= v.clauseStart(t.start())) {
          // 中方对美方向台湾出售武器表示不满: in the verb's clause the first marker governs the rest
          return at.filter(a -> a >= v.clauseStart(t.start())).or(() -> Optional.of(end));
        }
        at = Optional.of(end);
      }
    }
    return at;
  }

  /** The mention starting at {@code at} with those coordinated with it (七国集团外长以及欧盟高级代表). */
  private static List<Mention> groupAt(SentenceView v, int at) {
    List<Mention> after = v.mentions().stream().filter(m -> m.start() >= at && !v.partiesOf(m).isEmpty()).toList();
    List<Mention> group = new ArrayList<>();
    for (Mention m : after) {
      if (group.isEmpty() ? m.start() != at : !listedWith(v.text(), group.get(group.size() - 1), m)) {
        break;
      }
      group.add(m);
    }
    return group;
  }

  /**
   * 北京反击说，如果欧方…; 中方对此强烈不满 (after 美方…指责中方): the target of a criticism told in
   * reported speech is the first other party of what is said, or for 对此 of what was said before.
   */
  private static List<ActorId> spokenTarget(SentenceView v, Trigger t, List<ActorId> sources) {
    String text = v.text();
    List<Mention> candidates;
    if (text.substring(v.clauseStart(t.start()), t.start()).contains("对此")) {
      candidates = v.arguments(0, v.clauseStart(t.start()));
    } else if (SPEECH_AFTER.matcher(text).region(t.end(), text.length()).lookingAt()) {
      candidates = v.arguments(t.end(), text.length());
    } else {
      return List.of();
    }
    return v.parties(candidates).stream().filter(p -> !sources.contains(p)).limit(1).toList();
  }

  /** The one-character words that introduce the partner of a relation or a meeting (与X, 同X, 和X, 跟X). */
  private static final String PARTNER_WORDS = "与同和跟";

  /** True when the character right before the mention is one of {@code words}. */
  private static boolean after(String words, String text, Mention m) {
    return m.start() > 0 && words.indexOf(text.charAt(m.start() - 1)) >= 0;
  }

  /** 恢复与以色列的外交关系: the partner named inside the trigger after 与/同. */
  private static Optional<Mention> partnerWithin(SentenceView v, Trigger t) {
    String text = v.text();
    return v.mentions().stream()
        .filter(m -> m.start() > t.start() && m.end() < t.end() && after("与同", text, m))
        .filter(m -> !v.partiesOf(m).isEmpty())
        .findFirst();
  }

  /** 宣布与台湾断交: the partner of a relation, introduced by 与/同/和/跟 right before the verb phrase. */
  private static Optional<Mention> partnerBefore(SentenceView v, Trigger t) {
    String text = v.text();
    return v.arguments(v.clauseStart(t.start()), t.start()).stream()
        .filter(m -> after(PARTNER_WORDS, text, m))
        .filter(m -> !v.partiesOf(m).isEmpty())
        .reduce((a, b) -> b);
  }

  /** The subjects of a trigger as if it stood right before {@code at} (the partner, the agent, 就). */
  private List<ActorId> subjectsBefore(SentenceView v, Trigger t, int at) {
    return subjects(v, new Trigger(t.type(), at - 1, at, t.word()));
  }

  /**
   * The subject: the mention nearest before the trigger in its clause with the mentions coordinated
   * with it (A、B和C谴责…), else the sentence's first party.
   */
  private List<ActorId> subjects(SentenceView v, Trigger t) {
    int dui = t.type() == EventType.VISIT ? duiPosition(v, t) : -1;
    // the host right after 对 (对美国进行访问) is no visitor; without 对 nothing is excluded
    int hostAfterDui = dui >= 0 ? dui + 1 : -1;
    List<Mention> before = v.arguments(v.clauseStart(t.start()), t.start()).stream()
        .filter(m -> !v.partiesOf(m).isEmpty() && m.start() != hostAfterDui).toList();
    if (before.isEmpty()) {
      // 美日澳三国外长发表联合声明，谴责中国: the sentence's subject, every state of a compound with it
      List<Mention> first = v.arguments(0, t.start()).stream().filter(m -> !v.partiesOf(m).isEmpty()).limit(1).toList();
      return first.isEmpty() || first.get(0).kind() != MentionKind.COMPOUND ? v.parties(first).stream().limit(1).toList()
          : v.parties(first);
    }
    int k = before.size() - 1;
    if (t.type() == EventType.VISIT) {
      // the visitor is the clause's first actor (拜登总统访问…; 阿尔巴尼斯总理对美国进行访问), with those
      // coordinated with it (韩国和菲律宾总统相继访美)
      List<Mention> visitors = new ArrayList<>(List.of(before.get(0)));
      for (int j = 1; j < before.size() && coordinated(v.text(), before.get(j - 1), before.get(j)); j++) {
        visitors.add(before.get(j));
      }
      return v.parties(visitors);
    }
    List<Mention> group = new ArrayList<>(List.of(before.get(k)));
    while (k > 0 && coordinated(v.text(), before.get(k - 1), before.get(k))) {
      group.add(0, before.get(--k));
    }
    return v.parties(group);
  }

  private static boolean coordinated(String text, Mention a, Mention b) {
    return text.substring(a.end(), b.start()).matches("[、和与及同,，]?|以及|还有");
  }

  /** The targets: the parties after the trigger in its clause (places count for a visit). */
  private List<ActorId> targets(SentenceView v, Trigger t) {
    if (t.type() == EventType.VISIT) {
      List<ActorId> host = visitHostBefore(v, t);
      if (!host.isEmpty()) {
        return host;
      }
    }
    int end = v.clauseEnd(t.end());
    List<Mention> after = v.mentions().stream()
        // a destination can be part of the trigger word itself (访美, 访华)
        .filter(m -> m.start() > t.start() && m.end() <= end)
        .filter(m -> !v.isQuoted(m) || m.kind() == MentionKind.ORGANIZATION)
        .filter(m -> t.type() == EventType.VISIT || !v.isPlace(m))
        .toList();
    if (after.isEmpty()) {
      return List.of();
    }
    // the target is the first actor after the trigger with those coordinated with it; an actor
    // further on belongs to the issue (批评英国"一贯迁就"中国)
    List<Mention> group = new ArrayList<>(List.of(after.get(0)));
    for (int k = 1; k < after.size() && coordinated(v.text(), after.get(k - 1), after.get(k)); k++) {
      group.add(after.get(k));
    }
    return v.parties(group);
  }
}
