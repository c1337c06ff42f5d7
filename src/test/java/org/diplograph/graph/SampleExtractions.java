package org.diplograph.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

/** Hand-made extractions for the graph and export tests. Each call builds fresh, equal values. */
public final class SampleExtractions {
  public static final String MEET_DOC = "000_meet";
  public static final String TRAD_DOC = "001_trad";
  public static final String REPORT_DOC = "003_report";

  static final ActorId JPN = ActorId.country("JPN");
  static final ActorId USA = ActorId.country("USA");
  static final ActorId IND = ActorId.country("IND");
  static final ActorId AUS = ActorId.country("AUS");
  static final ActorId PHL = ActorId.country("PHL");
  static final ActorId QUAD = ActorId.organization("QUAD");
  static final ActorId KISHIDA = ActorId.person("岸田文雄");
  static final ActorId AUSTIN = ActorId.person("劳埃德·奥斯汀");
  static final ActorId DOD = ActorId.governmentBody("美国国防部");

  static final String MEET_SENTENCE = "日美两国政府高级官员3月11日在东京举行了“日美安全保障高级事务级磋商”。";
  static final String VISIT_SENTENCE = "日本首相岸田文雄3月访问美国。";

  private SampleExtractions() {}

  /** A simplified-script document: a MEET between JPN and USA, a VISIT, posts and Quad memberships. */
  public static DocumentExtraction meetAndVisit() {
    return new DocumentExtraction(
        meetDoc(), meetActors(), List.of(meet(), visit()), positions(), quadMemberships(), "0.1.0-test");
  }

  /** The same document re-extracted: the visit is gone and the meeting has no date. */
  public static DocumentExtraction meetChanged() {
    Event undated =
        new Event(EventType.MEET, List.of(USA, JPN), List.of(), Optional.empty(), Optional.of("东京"),
            Optional.empty(), Optional.empty(), "举行", "light-verb", evidence(MEET_DOC, 1, MEET_SENTENCE), 0.7);
    return new DocumentExtraction(meetDoc(), meetActors(), List.of(undated), List.of(), List.of(), "0.2.0-test");
  }

  /** A traditional-script document with a year-only MEET between PHL and USA. */
  public static DocumentExtraction traditional() {
    String sentence = "美國國務卿與菲律賓外長於2023年在馬尼拉會談。";
    SourceDoc doc = new SourceDoc(TRAD_DOC, "test/001.html", Optional.of("https://news.example.tw/a/1"),
        "美菲外長會談", Optional.of(LocalDate.of(2023, 5, 2)), Optional.of("news.example.tw"),
        Script.TRADITIONAL, List.of(sentence), "feedface");
    Event meet = new Event(EventType.MEET, List.of(USA, PHL), List.of(), Optional.of(PartialDate.ofYear(2023)),
        Optional.of("馬尼拉"), Optional.empty(), Optional.empty(), "會談", "verb",
        evidence(TRAD_DOC, 1, sentence), 0.8);
    List<Actor> actors = List.of(
        new Actor(USA, Set.of("美國", "美"), Optional.empty(), Optional.empty(), 1.0),
        new Actor(PHL, Set.of("菲律賓", "菲"), Optional.empty(), Optional.empty(), 1.0));
    return new DocumentExtraction(doc, actors, List.of(meet), List.of(), List.of(), "0.1.0-test");
  }

  /**
   * Another outlet's report of the JPN–USA meeting of {@link #meetAndVisit()}, dated a day later (the
   * day it was reported from Washington), with parties in the other order and a lower confidence.
   */
  public static DocumentExtraction report() {
    String sentence = "美日两国官员12日在东京就安全保障问题举行磋商。";
    SourceDoc doc = new SourceDoc(REPORT_DOC, "test/003.txt", Optional.of("https://news.example.com/3"),
        "美日安全磋商", Optional.of(LocalDate.of(2023, 3, 13)), Optional.of("news.example.com"),
        Script.SIMPLIFIED, List.of(sentence), "beadcafe");
    Event meet = new Event(EventType.MEET, List.of(USA, JPN), List.of(), Optional.of(PartialDate.ofDay(2023, 3, 12)),
        Optional.of("东京"), Optional.empty(), Optional.empty(), "磋商", "light-verb",
        evidence(REPORT_DOC, 1, sentence), 0.6);
    List<Actor> actors = List.of(
        new Actor(USA, Set.of("美"), Optional.empty(), Optional.empty(), 1.0),
        new Actor(JPN, Set.of("日"), Optional.empty(), Optional.empty(), 1.0));
    return new DocumentExtraction(doc, actors, List.of(meet), List.of(), List.of(), "0.1.0-test");
  }

  static Event meet() {
    return new Event(EventType.MEET, List.of(JPN, USA), List.of(KISHIDA, AUSTIN),
        Optional.of(PartialDate.ofDay(2023, 3, 11)), Optional.of("东京"), Optional.of("日美安全保障高级事务级磋商"),
        Optional.empty(), "举行", "light-verb", evidence(MEET_DOC, 1, MEET_SENTENCE), 0.9);
  }

  static Event visit() {
    return new Event(EventType.VISIT, List.of(JPN, USA), List.of(KISHIDA), Optional.of(PartialDate.ofMonth(2023, 3)),
        Optional.empty(), Optional.empty(), Optional.empty(), "访问", "verb", evidence(MEET_DOC, 2, VISIT_SENTENCE), 0.85);
  }

  static Evidence evidence(String docId, int block, String sentence) {
    return new Evidence(docId, block, 0, sentence.length(), sentence);
  }

  private static SourceDoc meetDoc() {
    return new SourceDoc(MEET_DOC, "test/000.txt", Optional.of("https://www.example.cn/news/2023/0312.html"),
        "日美举行安全磋商", Optional.of(LocalDate.of(2023, 3, 12)), Optional.of("www.example.cn"),
        Script.SIMPLIFIED, List.of(MEET_SENTENCE, VISIT_SENTENCE), "0123abcd");
  }

  private static List<Actor> meetActors() {
    return List.of(
        new Actor(JPN, Set.of("日本", "日"), Optional.empty(), Optional.empty(), 1.0),
        new Actor(USA, Set.of("美国", "美"), Optional.empty(), Optional.empty(), 1.0),
        new Actor(KISHIDA, Set.of("岸田文雄", "岸田"), Optional.of(JPN), Optional.of("首相"), 0.95),
        new Actor(AUSTIN, Set.of("劳埃德·奥斯汀", "奥斯汀"), Optional.of(USA), Optional.of("国防部长"), 0.9),
        new Actor(DOD, Set.of("美国国防部"), Optional.of(USA), Optional.empty(), 0.9),
        new Actor(QUAD, Set.of("四边安全对话"), Optional.empty(), Optional.empty(), 0.9));
  }

  private static List<Position> positions() {
    return List.of(new Position(KISHIDA, JPN, "首相"), new Position(AUSTIN, USA, "国防部长"));
  }

  private static List<Membership> quadMemberships() {
    return List.of(new Membership(USA, QUAD), new Membership(JPN, QUAD), new Membership(IND, QUAD),
        new Membership(AUS, QUAD));
  }
}
