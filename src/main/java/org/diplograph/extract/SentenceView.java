package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.Mention;
import org.diplograph.model.MentionKind;
import org.diplograph.model.Sentence;

/**
 * One sentence with its mentions, and the questions the event rules ask of it: which mentions are
 * parties (a person or body stands for its country), which are places (在柬埔寨首都金边) or inside a
 * quoted name, where a clause begins and ends. Immutable.
 */
final class SentenceView {
  private static final String PLACE_BEFORE = "在于赴抵往到至驻";
  /** 至于/关于/对于 are topic markers, not the preposition 于 of a place. */
  private static final List<String> NOT_PLACE_BEFORE = List.of("至于", "关于", "对于", "由于", "属于", "等于", "鉴于",
      // 遭到美国制裁, 提到日本: 到 ends a verb here, it does not lead to a place
      "遭到", "受到", "得到", "收到", "达到", "感到", "看到", "听到", "提到", "谈到", "说到", "见到", "遇到", "涉及到");
  /** 首都, 期间, 峰会期间, 会议上: the actor names a place or a time frame. */
  private static final Pattern FRAME_AFTER = Pattern.compile(
      "[”」』\"]?[)）]?([(（][^)）]{1,12}[)）])?(首都|境内|主席国|框架[下内]|(第\\d+[届次])?(领导人)?(非正式)?(峰会|会议|大会|年会|部长会议|外长会议)?[”」』\"]?(期间|之际|场边|间隙|前夕|上[,，]|上举行))");
  private static final String OPENERS = "“《「『\"";
  private static final String CLOSERS = "”》」』\"";

  private final Sentence sentence;
  private final List<Mention> mentions;
  private final Map<ActorId, Actor> actors;
  private final boolean[] quoted;

  SentenceView(Sentence sentence, List<Mention> mentions, Map<ActorId, Actor> actors) {
    this.sentence = sentence;
    this.mentions = List.copyOf(mentions);
    this.actors = actors;
    this.quoted = quotedChars(sentence.normalized());
  }

  String text() {
    return sentence.normalized();
  }

  Sentence sentence() {
    return sentence;
  }

  List<Mention> mentions() {
    return mentions;
  }

  /** The parties a mention stands for: itself, or the country of a person. */
  List<ActorId> partiesOf(Mention m) {
    if (m.kind() == MentionKind.PERSON) {
      return Optional.ofNullable(actors.get(m.referents().get(0))).flatMap(Actor::country)
          .filter(c -> c.type().isPartyLevel()).map(List::of).orElse(List.of());
    }
    return m.kind() == MentionKind.GROUP_REFERENCE ? List.of() : m.referents();
  }

  /** The persons a mention names. */
  List<ActorId> personsOf(Mention m) {
    return m.kind() == MentionKind.PERSON ? m.referents() : List.of();
  }

  /** A country or organization named as a place or a time frame, not as an actor (在X, X期间, 驻X). */
  boolean isPlace(Mention m) {
    String t = text();
    // 在“二十国集团”外长会议期间: an opening quote stands between the preposition and the name
    int start = m.start() > 0 && OPENERS.indexOf(t.charAt(m.start() - 1)) >= 0 ? m.start() - 1 : m.start();
    char before = start > 0 ? t.charAt(start - 1) : ' ';
    String twoBefore = start > 1 ? t.substring(start - 2, start) : "";
    String after = t.substring(m.end());
    boolean listed = after.startsWith("、") || after.startsWith("和") || after.startsWith("与");
    boolean preposition = PLACE_BEFORE.indexOf(before) >= 0 && !NOT_PLACE_BEFORE.contains(twoBefore)
        && !(listed && before != '驻');
    return m.kind() != MentionKind.PERSON && (preposition || FRAME_AFTER.matcher(after).lookingAt());
  }

  boolean isQuoted(Mention m) {
    return quoted[m.start()];
  }

  boolean isQuoted(int at) {
    return quoted[at];
  }

  /** 《日菲美领导人共同愿景声明》: the actors named in the quoted title that holds {@code at}, before it. */
  List<Mention> mentionsInTitleBefore(int at) {
    int start = at;
    while (start > 0 && quoted[start - 1]) {
      start--;
    }
    int from = start;
    return mentions.stream().filter(m -> m.start() >= from && m.end() <= at && !partiesOf(m).isEmpty()).toList();
  }

  /** 「四方安全对话」11日召开外长会议: a quoted organization that opens its clause is its subject. */
  private boolean opensClause(Mention m) {
    int c = clauseStart(m.start());
    return text().substring(c, m.start()).matches("(【[^】]*】|[(（][^)）]*[)）])?[“「『\"\\s]*");
  }

  /** 除美国之外, 除了美国以外: the actor is excepted, not an argument. */
  boolean isExcepted(Mention m) {
    String t = text();
    int chu = t.lastIndexOf('除', m.start());
    if (chu < 0 || chu < clauseStart(m.start()) || m.start() - chu > 3) {
      return false;
    }
    String after = t.substring(m.end(), Math.min(t.length(), m.end() + 3));
    return after.startsWith("之外") || after.startsWith("以外") || after.startsWith("外");
  }

  /** Offset where the clause holding {@code at} starts. */
  int clauseStart(int at) {
    return Clauses.start(text(), at);
  }

  /** Offset where the clause holding {@code at} ends. */
  int clauseEnd(int at) {
    return Clauses.end(text(), at);
  }

  /** The argument mentions (not places, not inside quoted names) within [from, to). */
  List<Mention> arguments(int from, int to) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      boolean quotedName = isQuoted(m) && !(m.kind() == MentionKind.ORGANIZATION && opensClause(m));
      if (m.start() >= from && m.end() <= to && !isPlace(m) && !quotedName && !isExcepted(m)) {
        out.add(m);
      }
    }
    return out;
  }

  /** The parties of the mentions, in order, without repeats. */
  List<ActorId> parties(List<Mention> ms) {
    Set<ActorId> out = new LinkedHashSet<>();
    ms.forEach(m -> out.addAll(partiesOf(m)));
    return List.copyOf(out);
  }

  /** The persons of the mentions, in order, without repeats. */
  List<ActorId> persons(List<Mention> ms) {
    Set<ActorId> out = new LinkedHashSet<>();
    ms.forEach(m -> out.addAll(personsOf(m)));
    return List.copyOf(out);
  }

  private static boolean[] quotedChars(String t) {
    boolean[] q = new boolean[t.length() + 1];
    int depth = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (OPENERS.indexOf(c) >= 0 && c != '"') {
        depth++;
      } else if (CLOSERS.indexOf(c) >= 0 && c != '"' && depth > 0) {
        depth--;
        markGloss(t, i + 1, q);
      }
      q[i] = q[i] || depth > 0;
    }
    return q;
  }

  /** “全球基础设施与投资伙伴关系”(PGII): the gloss in parentheses right after a quoted name is quoted too. */
  private static void markGloss(String t, int at, boolean[] q) {
    if (at < t.length() && (t.charAt(at) == '(' || t.charAt(at) == '（')) {
      int close = t.indexOf(t.charAt(at) == '(' ? ')' : '）', at);
      for (int k = at; close > 0 && k <= close; k++) {
        q[k] = true;
      }
    }
  }
}
