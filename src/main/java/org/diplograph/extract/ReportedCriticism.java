package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.model.ActorId;
import org.diplograph.model.EventType;
import org.diplograph.model.Mention;

/**
 * Criticism told as reported speech, without a verb of opposition: a speaker of one state says that
 * another state does something blameworthy (毛宁表示，美方有关说法背离基本事实; 扎哈罗娃指，英美试图…，是违反
 * 《联合国宪章》的). The speaker's state opposes the state the blame is said of. Immutable and
 * thread-safe.
 */
final class ReportedCriticism {
  /** The dg:frame of the predicates of blame in the catalog. */
  static final String FRAME = "reported-criticism";
  /** The speech verb, and the punctuation that may follow it. */
  private static final Pattern SPEECH = Pattern.compile("(表示|指出|声称|宣称|称|强调|说|认为|批评|指责|回应|反驳|直言|指)[，,：:]?[“\"「]?");
  private static final String CLOSING_QUOTES = "”\"」";
  /** 他表示, 她指出, 该发言人说, 发言人强调: a sentence whose speaker is the one told before. */
  private static final Pattern PRONOUN_SPEAKER = Pattern.compile("(他|她|该发言人|发言人|这位发言人)(还|也|并|同时|进一步)?(表示|指出|称|强调|说|认为)");

  private static final String PREPOSITIONS = "向对与同和跟给为把将从在被由";
  private static final Pattern TIME_FRAME_OPENER = Pattern.compile("自从|(?<![来各亲独源])自(?![己身主由卫行治我称])|从(?=\\d{4}年)");
  private static final Pattern CONTRAST = Pattern.compile("\\s*(但是|但|然而|不过|而)");

  private final List<String> predicates;

  ReportedCriticism(Set<String> predicates) {
    this.predicates = predicates.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** One draft per (speaker's state, blamed state) of the sentence. */
  List<EventDraft> find(SentenceView v) {
    return find(v, Optional.empty());
  }

  /**
   * As {@link #find(SentenceView)}; {@code previousSpeaker} is the state of the last speaker before
   * this sentence, whom a pronoun (他表示, 发言人指出) refers to.
   */
  List<EventDraft> find(SentenceView v, Optional<ActorId> previousSpeaker) {
    List<EventDraft> out = new ArrayList<>();
    String text = v.text();
    for (String p : predicates) {
      for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + p.length())) {
        if (inTimeFrame(text, v.clauseStart(at), at, v.clauseEnd(at))) {
          continue;
        }
        Trigger t = new Trigger(EventType.OPPOSE, at, at + p.length(), p);
        List<Mention> blamed = blamed(v, at);
        List<Mention> speaker = speaker(v, blamed.isEmpty() ? at : blamed.get(0).start());
        if (!blamed.isEmpty() && (speaker.equals(blamed) || speechBetween(text, blamed.get(0).end(), at))) {
          // 美日澳印四国认为中共掩盖…，同时企图霸凌他国: the blamed one comes after the speech verb
          blamed = blamedAfterSpeech(v, at);
          speaker = speaker(v, blamed.isEmpty() ? at : blamed.get(0).start());
        }
        List<ActorId> sources = v.parties(speaker);
        if (sources.isEmpty() && previousSpeaker.isPresent() && PRONOUN_SPEAKER.matcher(text).lookingAt()) {
          sources = List.of(previousSpeaker.get());
        }
        List<ActorId> speakers = sources;
        // one speaker: a compound (美日澳印) speaks for each of its states
        for (ActorId s : speakers) {
          for (ActorId b : v.parties(blamed)) {
            if (!speakers.contains(b)) {
              out.add(new EventDraft(t, List.of(s, b), v.persons(speaker), "reported-criticism", 0.6));
            }
          }
        }
      }
    }
    return out;
  }

  /** The subject the blame is said of: the first actor of the predicate's clause, else of the clause before. */
  private static List<Mention> blamed(SentenceView v, int at) {
    int clause = v.clauseStart(at);
    List<Mention> own = firstGroup(v, clause, at);
    // 但该声明大肆炒作…: a clause of contrast has a subject of its own, not the one of the clause before
    boolean contrast = CONTRAST.matcher(v.text()).region(clause, at).lookingAt();
    if (!own.isEmpty() || clause == 0 || contrast) {
      return own;
    }
    // 美英出于…考虑，向澳出口核潜艇，为此不惜违背…: the subject of a chain of clauses without one is
    // the nearest subject before (澳 after 向 is an object), within three clauses
    for (int k = 0, end = clause - 1; k < 3 && end >= 0; k++) {
      int start = v.clauseStart(end);
      List<Mention> subject = subjectGroup(v, start, end);
      if (!subject.isEmpty() || k == 0 && !subjectless(v, start, end)) {
        return subject.isEmpty() ? firstGroup(v, start, end) : subject;
      }
      if (SPEECH.matcher(v.text()).region(start, end).find()) {
        return List.of();
      }
      end = start - 1;
    }
    return List.of();
  }

  /** The clause's subject: its first actor not governed by a preposition, with those coordinated with it. */
  private static List<Mention> subjectGroup(SentenceView v, int from, int to) {
    List<Mention> args = v.mentions().stream()
        .filter(m -> m.start() >= from && m.end() <= to && !v.isPlace(m) && !v.partiesOf(m).isEmpty()).toList();
    List<Mention> group = new ArrayList<>();
    for (Mention m : args) {
      if (group.isEmpty()) {
        if (governed(v, m)) {
          continue;
        }
        group.add(m);
      } else if (v.text().substring(group.get(group.size() - 1).end(), m.start()).matches("[、和与及]")) {
        group.add(m);
      } else {
        break;
      }
    }
    return group;
  }

  /** True when every actor of the clause is governed by a preposition (向澳出口): the clause has no subject. */
  private static boolean subjectless(SentenceView v, int from, int to) {
    return v.mentions().stream().filter(m -> m.start() >= from && m.end() <= to && !v.partiesOf(m).isEmpty())
        .allMatch(m -> governed(v, m));
  }

  /** 向澳, 对美方: the mention follows a preposition that is a word of its own (not the 为 of 认为). */
  private static boolean governed(SentenceView v, Mention m) {
    return v.sentence().tokens().stream().anyMatch(t -> t.end() == m.start() && t.end() - t.begin() == 1
        && PREPOSITIONS.indexOf(t.word().charAt(0)) >= 0);
  }

  /** 自俄罗斯入侵乌克兰以来: a predicate that only dates what the sentence says is no statement of blame. */
  private static boolean inTimeFrame(String text, int clause, int at, int end) {
    return text.substring(at, end).contains("以来") || TIME_FRAME_OPENER.matcher(text).region(clause, at).find();
  }

  private static boolean speechBetween(String text, int from, int to) {
    Matcher m = SPEECH.matcher(text).region(from, to);
    return m.find();
  }

  /** The first actor after the speech verb nearest before the predicate, in that verb's clause. */
  private static List<Mention> blamedAfterSpeech(SentenceView v, int at) {
    Matcher m = SPEECH.matcher(v.text());
    int verbEnd = -1;
    while (m.find() && m.end() <= at) {
      verbEnd = m.end();
    }
    return verbEnd < 0 ? List.of() : firstGroup(v, verbEnd, Math.min(at, v.clauseEnd(verbEnd)));
  }

  private static List<Mention> firstGroup(SentenceView v, int from, int to) {
    // a quotation is what reported speech is made of: its actors count
    List<Mention> args = v.mentions().stream()
        .filter(m -> m.start() >= from && m.end() <= to && !v.isPlace(m) && !v.partiesOf(m).isEmpty()).toList();
    return args.isEmpty() ? List.of() : List.of(args.get(0));
  }

  /** The state of the one who speaks in the sentence (X表示…), if any. */
  static Optional<ActorId> speakerOf(SentenceView v) {
    Matcher m = SPEECH.matcher(v.text());
    if (!m.find()) {
      return Optional.empty();
    }
    int clause = v.clauseStart(m.start());
    return v.parties(v.arguments(clause, m.start())).stream().reduce((a, b) -> b);
  }

  /**
   * Who says it: the actor right before the nearest speech verb before the blamed subject, or, for a
   * quotation that comes first (“……”毛宁表示), the one before the speech verb after the closing quote.
   */
  private static List<Mention> speaker(SentenceView v, int before) {
    String text = v.text();
    Matcher m = SPEECH.matcher(text);
    Optional<Integer> verb = Optional.empty();
    while (m.find() && m.end() <= before) {
      verb = Optional.of(m.start());
    }
    if (verb.isEmpty()) {
      int close = firstClosingQuoteAfter(text, before);
      if (close < 0 || !m.find(close) || m.start() - close > 16) {
        return List.of();
      }
      verb = Optional.of(m.start());
    }
    int clause = v.clauseStart(verb.get());
    List<Mention> args = v.arguments(clause, verb.get()).stream().filter(x -> !v.partiesOf(x).isEmpty()).toList();
    if (args.isEmpty() && clause > 0) {
      // 美国、日本、澳洲和印度四国外长会议周二在东京举行会谈，认为…: a clause without a subject speaks
      // for the sentence's subject, with those coordinated with it
      return sentenceSubject(v, clause);
    }
    return args.isEmpty() ? List.of() : List.of(args.get(args.size() - 1));
  }

  private static List<Mention> sentenceSubject(SentenceView v, int before) {
    List<Mention> args = v.arguments(v.clauseStart(0), v.clauseEnd(0)).stream()
        .filter(x -> !v.partiesOf(x).isEmpty() && x.end() <= before && !v.isPlace(x)).toList();
    List<Mention> group = new ArrayList<>();
    for (Mention m : args) {
      if (!group.isEmpty() && !v.text().substring(group.get(group.size() - 1).end(), m.start()).matches("[、和与及]")) {
        break;
      }
      group.add(m);
    }
    return group;
  }

  private static int firstClosingQuoteAfter(String text, int at) {
    for (int i = at; i < text.length(); i++) {
      if (CLOSING_QUOTES.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
