package org.diplograph.eval;

import static org.diplograph.eval.GoldDocs.country;
import static org.diplograph.eval.GoldDocs.doc;
import static org.diplograph.eval.GoldDocs.event;
import static org.diplograph.eval.GoldDocs.gov;
import static org.diplograph.eval.GoldDocs.org;
import static org.diplograph.eval.GoldDocs.person;
import static org.diplograph.eval.GoldDocs.position;
import static org.diplograph.model.EventType.MEET;
import static org.diplograph.model.EventType.OPPOSE;
import static org.diplograph.model.EventType.VISIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.diplograph.eval.GoldDocument.GoldMembership;
import org.diplograph.model.EventType;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private final Scorer scorer = new Scorer();

  private Score score(Measure measure, GoldDocument predicted, GoldDocument gold) {
    return scorer.score(predicted, gold).score(measure);
  }

  @Test
  void personNamesMatchIgnoringSeparatorsSpacesAndCase() {
    GoldDocument gold =
        doc(
            "d",
            List.of(
                person("per:库尔特·坎贝尔", "库尔特·坎贝尔", "Kurt Campbell"),
                org("org:QUAD", "四边安全对话", "Quad")),
            List.of());
    GoldDocument predicted =
        doc("d", List.of(person("per:库尔特坎贝尔", "库尔特坎贝尔"), org("org:quad", "quad")), List.of());
    assertEquals(Score.of(2, 0, 0), score(Measure.ACTORS, predicted, gold));
    GoldDocument english =
        doc("d", List.of(person("per:x", "kurt-campbell"), org("org:X", "Quad")), List.of());
    assertEquals(Score.of(2, 0, 0), score(Measure.ACTORS, english, gold));
  }

  @Test
  void idWithoutPrefixCountsAsAName() {
    GoldDocument gold = doc("d", List.of(org("org:NATO", "北约")), List.of());
    GoldDocument predicted = doc("d", List.of(org("org:NATO", "北大西洋公约组织")), List.of());
    assertEquals(Score.of(1, 0, 0), score(Measure.ACTORS, predicted, gold));
  }

  @Test
  void countriesMatchByCodeOnly() {
    GoldDocument gold = doc("d", List.of(country("JPN", "日本")), List.of());
    GoldDocument predicted = doc("d", List.of(country("JPN"), country("USA", "日本")), List.of());
    assertEquals(Score.of(1, 1, 0), score(Measure.ACTORS, predicted, gold));
  }

  @Test
  void actorsMatchOneToOne() {
    GoldDocument gold = doc("d", List.of(person("per:约瑟夫·拜登", "拜登", "约瑟夫·拜登")), List.of());
    GoldDocument predicted =
        doc("d", List.of(person("per:拜登", "拜登"), person("per:约瑟夫·拜登", "约瑟夫·拜登")), List.of());
    assertEquals(Score.of(1, 1, 0), score(Measure.ACTORS, predicted, gold));
  }

  @Test
  void actorMatchingIsMaximumNotFirstCome() {
    GoldDocument gold = doc("d", List.of(person("per:甲", "甲"), person("per:乙", "乙")), List.of());
    GoldDocument predicted =
        doc("d", List.of(person("per:甲乙", "甲", "乙"), person("per:甲", "甲")), List.of());
    assertEquals(Score.of(2, 0, 0), score(Measure.ACTORS, predicted, gold));
  }

  @Test
  void governmentBodiesAreNotScored() {
    GoldDocument gold = doc("d", List.of(country("USA"), gov("gov:美国国防部")), List.of());
    GoldDocument predicted = doc("d", List.of(country("USA"), gov("gov:美国国务院")), List.of());
    assertEquals(Score.of(1, 0, 0), score(Measure.ACTORS, predicted, gold));
  }

  @Test
  void undirectedPartiesAreASet() {
    GoldDocument gold = doc("d", List.of(), List.of(event(MEET, "2023-01-12", "JPN", "USA")));
    GoldDocument predicted =
        doc("d", List.of(), List.of(event(MEET, "2023-01-12", "USA", "JPN", "USA")));
    assertEquals(Score.of(1, 0, 0), score(Measure.EVENTS, predicted, gold));
  }

  @Test
  void directedPartiesAreOrdered() {
    GoldDocument gold =
        doc(
            "d",
            List.of(),
            List.of(event(VISIT, null, "JPN", "USA"), event(OPPOSE, null, "CHN", "USA")));
    GoldDocument predicted =
        doc(
            "d",
            List.of(),
            List.of(event(VISIT, null, "USA", "JPN"), event(OPPOSE, null, "CHN", "USA")));
    assertEquals(Score.of(1, 1, 1), score(Measure.EVENTS, predicted, gold));
  }

  @Test
  void typeIsPartOfTheEventKey() {
    GoldDocument gold = doc("d", List.of(), List.of(event(MEET, null, "JPN", "USA")));
    GoldDocument predicted =
        doc("d", List.of(), List.of(event(EventType.JOINT_STATEMENT, null, "JPN", "USA")));
    assertEquals(Score.of(0, 1, 1), score(Measure.EVENTS, predicted, gold));
  }

  @Test
  void duplicatesCollapse() {
    GoldDocument gold = doc("d", List.of(), List.of(event(MEET, "2023-01-12", "JPN", "USA")));
    GoldDocument predicted =
        doc(
            "d",
            List.of(),
            List.of(
                event(MEET, "2023-01-12", "JPN", "USA"), event(MEET, "2023-01-12", "USA", "JPN")));
    assertEquals(Score.of(1, 0, 0), score(Measure.EVENTS, predicted, gold));
    assertEquals(Score.of(1, 0, 0), score(Measure.EVENTS_STRICT, predicted, gold));
  }

  @Test
  void strictDatesMatchWhenTheCoarserIsAPrefix() {
    GoldDocument gold = doc("d", List.of(), List.of(event(MEET, "2023-01-12", "JPN", "USA")));
    assertEquals(Score.of(1, 0, 0), strict("2023-01", gold));
    assertEquals(Score.of(1, 0, 0), strict("2023", gold));
    assertEquals(Score.of(0, 1, 1), strict("2023-02", gold));
    assertEquals(Score.of(0, 1, 1), strict("2023-01-13", gold));
    assertEquals(Score.of(0, 1, 1), strict(null, gold));
    GoldDocument undated = doc("d", List.of(), List.of(event(MEET, null, "JPN", "USA")));
    assertEquals(Score.of(1, 0, 0), strict(null, undated));
    assertEquals(Score.of(0, 1, 1), strict("2023", undated));
  }

  private Score strict(String date, GoldDocument gold) {
    GoldDocument predicted = doc("d", List.of(), List.of(event(MEET, date, "USA", "JPN")));
    assertEquals(
        Score.of(1, 0, 0), score(Measure.EVENTS, predicted, gold), "parties ignore the date");
    return score(Measure.EVENTS_STRICT, predicted, gold);
  }

  @Test
  void strictMatchingIsOneToOneExactDatesFirst() {
    GoldDocument gold =
        doc(
            "d",
            List.of(),
            List.of(event(MEET, "2023-01", "JPN", "USA"), event(MEET, "2023-01-12", "JPN", "USA")));
    GoldDocument coarse = doc("d", List.of(), List.of(event(MEET, "2023-01", "JPN", "USA")));
    assertEquals(Score.of(1, 0, 1), score(Measure.EVENTS_STRICT, coarse, gold));
    GoldDocument two =
        doc(
            "d",
            List.of(),
            List.of(
                event(MEET, "2023-01-12", "JPN", "USA"), event(MEET, "2023-01-20", "JPN", "USA")));
    assertEquals(Score.of(2, 0, 0), score(Measure.EVENTS_STRICT, two, gold));
  }

  @Test
  void perTypeScoresRestrictTheEvents() {
    GoldDocument gold =
        doc(
            "d",
            List.of(),
            List.of(event(MEET, null, "JPN", "USA"), event(VISIT, null, "JPN", "USA")));
    GoldDocument predicted =
        doc(
            "d",
            List.of(),
            List.of(event(MEET, null, "JPN", "USA"), event(VISIT, null, "USA", "JPN")));
    DocumentScore s = scorer.score(predicted, gold);
    assertEquals(Score.of(1, 0, 0), s.byType().get(MEET));
    assertEquals(Score.of(0, 1, 1), s.byType().get(VISIT));
    assertEquals(Score.ZERO, s.byType().get(OPPOSE));
  }

  @Test
  void positionsMapPersonsByName() {
    GoldDocument gold =
        doc(
            "d",
            List.of(person("per:劳埃德·奥斯汀", "劳埃德·奥斯汀", "奥斯汀")),
            List.of(position("per:劳埃德·奥斯汀", "USA")),
            List.of());
    GoldDocument predicted =
        doc(
            "d",
            List.of(person("per:奥斯汀", "奥斯汀")),
            List.of(
                position("per:奥斯汀", "USA"), position("per:奥斯汀", "JPN"), position("per:布林肯", "USA")),
            List.of());
    assertEquals(Score.of(1, 2, 0), score(Measure.POSITIONS, predicted, gold));
  }

  @Test
  void positionPersonsWithoutActorEntryStillMatchByName() {
    GoldDocument gold =
        doc(
            "d",
            List.of(person("per:劳埃德·奥斯汀", "劳埃德·奥斯汀", "奥斯汀")),
            List.of(position("per:劳埃德·奥斯汀", "USA")),
            List.of());
    GoldDocument predicted = doc("d", List.of(), List.of(position("per:奥斯汀", "USA")), List.of());
    assertEquals(Score.of(1, 0, 0), score(Measure.POSITIONS, predicted, gold));
  }

  @Test
  void membershipsArePairs() {
    GoldDocument gold =
        doc(
            "d",
            List.of(),
            List.of(),
            List.of(new GoldMembership("USA", "org:QUAD"), new GoldMembership("JPN", "org:QUAD")));
    GoldDocument predicted =
        doc(
            "d",
            List.of(),
            List.of(),
            List.of(
                new GoldMembership("USA", "org:QUAD"),
                new GoldMembership("USA", "org:QUAD"),
                new GoldMembership("KOR", "org:QUAD")));
    assertEquals(Score.of(1, 1, 1), score(Measure.MEMBERSHIPS, predicted, gold));
  }

  @Test
  void listsMissesAndFalseAlarms() {
    GoldDocument gold =
        doc(
            "d",
            List.of(person("per:拜登", "拜登")),
            List.of(event(MEET, "2023-01", "JPN", "USA"), event(VISIT, "2023-03", "JPN", "USA")));
    GoldDocument predicted =
        doc("d", List.of(person("per:林肯", "林肯")), List.of(event(VISIT, "2023-04", "JPN", "USA")));
    List<String> lines =
        scorer.score(predicted, gold).mismatches().stream().map(Mismatch::toString).toList();
    assertEquals(
        List.of(
            "FN actor per:拜登",
            "FP actor per:林肯",
            "FN event MEET [JPN, USA] 2023-01 «证据句子MEETJPNUSA»",
            "FN date VISIT [JPN, USA] 2023-03 «证据句子VISITJPNUSA»",
            "FP date VISIT [JPN, USA] 2023-04 «证据句子VISITJPNUSA»"),
        lines);
  }

  @Test
  void refusesToCompareDifferentDocuments() {
    assertThrows(
        IllegalArgumentException.class,
        () -> scorer.score(GoldDocument.empty("a"), GoldDocument.empty("b")));
  }
}
