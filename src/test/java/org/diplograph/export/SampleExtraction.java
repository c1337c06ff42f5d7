package org.diplograph.export;

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

/** A hand-made extraction of a three-sentence document, shared by the writer and scorer tests. */
public final class SampleExtraction {
  public static final String DOC = "007_test";
  public static final String S1 = "美国国防部长奥斯汀1月12日在东京会见日本防卫大臣滨田靖一。";
  public static final String S2 = "美日韩三国领导人8月在戴维营发表联合声明。";
  public static final String S3 = "日本加入四边安全对话。";

  private SampleExtraction() {}

  public static DocumentExtraction sample() {
    SourceDoc doc =
        new SourceDoc(
            DOC,
            "test",
            Optional.empty(),
            "",
            Optional.of(LocalDate.of(2023, 9, 1)),
            Optional.empty(),
            Script.SIMPLIFIED,
            List.of(S1 + S2 + S3),
            "hash");
    ActorId usa = ActorId.country("USA");
    ActorId jpn = ActorId.country("JPN");
    ActorId kor = ActorId.country("KOR");
    ActorId quad = ActorId.organization("Quad");
    ActorId austin = ActorId.person("劳埃德·奥斯汀");
    List<Actor> actors =
        List.of(
            new Actor(austin, Set.of("奥斯汀", "劳埃德·奥斯汀"), Optional.of(usa), Optional.of("国防部长"), 0.9),
            new Actor(
                ActorId.governmentBody("美国国防部"),
                Set.of("美国国防部"),
                Optional.of(usa),
                Optional.empty(),
                1.0),
            new Actor(quad, Set.of("四边安全对话"), Optional.empty(), Optional.empty(), 1.0),
            new Actor(usa, Set.of("美国", "美"), Optional.empty(), Optional.empty(), 1.0),
            new Actor(jpn, Set.of("日本"), Optional.empty(), Optional.empty(), 1.0));
    List<Event> events =
        List.of(
            new Event(
                EventType.JOIN,
                List.of(jpn, quad),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "加入",
                "join",
                evidence(S1.length() + S2.length(), S3),
                0.5),
            new Event(
                EventType.JOINT_STATEMENT,
                List.of(usa, jpn, kor),
                List.of(),
                Optional.of(PartialDate.ofMonth(2023, 8)),
                Optional.of("戴维营"),
                Optional.empty(),
                Optional.empty(),
                "发表联合声明",
                "js",
                evidence(S1.length(), S2),
                0.8),
            new Event(
                EventType.MEET,
                List.of(usa, jpn),
                List.of(austin),
                Optional.of(PartialDate.ofDay(2023, 1, 12)),
                Optional.of("东京"),
                Optional.empty(),
                Optional.empty(),
                "会见",
                "meet",
                evidence(0, S1),
                0.75));
    return new DocumentExtraction(
        doc,
        actors,
        events,
        List.of(new Position(austin, usa, "国防部长")),
        List.of(new Membership(usa, quad), new Membership(jpn, quad), new Membership(jpn, quad)),
        "test");
  }

  private static Evidence evidence(int start, String sentence) {
    return new Evidence(DOC, 0, start, start + sentence.length(), sentence);
  }
}
