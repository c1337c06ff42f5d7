package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.diplograph.model.ActorId;
import org.diplograph.model.EventType;
import org.diplograph.model.PartialDate;
import org.junit.jupiter.api.Test;

class OccurrenceMergerTest {
  private static final ActorId JPN = ActorId.country("JPN");
  private static final ActorId USA = ActorId.country("USA");
  private static final ActorId KOR = ActorId.country("KOR");
  private static final ActorId NATO = ActorId.organization("NATO");

  private int next;

  @Test
  void aMonthDateJoinsTheDayItIsAPrefixOf() {
    List<Occurrence> occ = merge(meet("a", "2023-03-11"), meet("b", "2023-03"), meet("c", "2023"));
    assertEquals(1, occ.size());
    assertEquals(Optional.of(PartialDate.ofDay(2023, 3, 11)), occ.get(0).date(), "the most precise date");
    assertEquals(3, occ.get(0).mentionCount());
    assertEquals(List.of("doc:a", "doc:b", "doc:c"), occ.get(0).documents());
  }

  @Test
  void dayDatesMergeWithinThreeDaysAndTakeTheEarliest() {
    List<Occurrence> occ = merge(meet("a", "2023-03-13"), meet("b", "2023-03-11"), meet("c", "2023-03-14"),
        meet("d", "2023-03-15"));
    assertEquals(List.of("2023-03-11:3", "2023-03-15:1"), summary(occ), "the 15th is four days after the 11th");
  }

  @Test
  void aCoarseDateThatFitsSeveralEventsStaysApart() {
    List<Occurrence> occ = merge(meet("a", "2023-03-02"), meet("b", "2023-03-25"), meet("c", "2023-03"),
        meet("d", "2023-03"), meet("e", "2023-04"));
    assertEquals(List.of("2023-03-02:1", "2023-03-25:1", "2023-03:2", "2023-04:1"), summary(occ));
  }

  @Test
  void undirectedPartiesCompareAsASet() {
    List<Occurrence> occ = merge(
        mention("a", EventType.MEET, List.of(USA, JPN, KOR), "2023-08-18"),
        mention("b", EventType.MEET, List.of(KOR, JPN, USA, JPN), "2023-08-18"),
        mention("c", EventType.MEET, List.of(USA, JPN), "2023-08-18"));
    assertEquals(2, occ.size(), "a bilateral meeting is not the trilateral one");
    assertEquals(List.of(JPN, KOR, USA), occ.get(0).partyKey());
    assertEquals(2, occ.get(0).sourceCount());
  }

  @Test
  void directedPartiesCompareInOrder() {
    List<Occurrence> occ = merge(
        mention("a", EventType.VISIT, List.of(JPN, USA), "2023-01-13"),
        mention("b", EventType.VISIT, List.of(JPN, USA), "2023-01-13"),
        mention("c", EventType.VISIT, List.of(USA, JPN), "2023-01-13"),
        mention("d", EventType.MEET, List.of(JPN, USA), "2023-01-13"));
    assertEquals(3, occ.size(), "the return visit and the meeting are other events");
    Occurrence visit = occ.stream().filter(o -> o.type() == EventType.VISIT && o.partyKey().get(0).equals(JPN))
        .findFirst().orElseThrow();
    assertEquals(2, visit.mentionCount());
  }

  @Test
  void undatedMentionsNeverMerge() {
    assertEquals(List.of("2023-03-11:1", ":1", ":1"), summary(merge(meet("a", ""), meet("b", ""), meet("c", "2023-03-11"))));
    assertEquals(List.of(":1", ":1"), summary(merge(meet("a", ""), meet("b", ""))));
  }

  @Test
  void twoEventsOfOneDocumentStayTwoOccurrences() {
    List<Occurrence> occ = merge(meet("a", "2023-10-10"), meet("a", "2023-10-12"), meet("b", "2023-10-11"));
    assertEquals(List.of("2023-10-10:2", "2023-10-12:1"), summary(occ));
    assertEquals(List.of("doc:a", "doc:b"), occ.get(0).documents());
    assertEquals(List.of("2023-02-20:1", "2023-02:1"), summary(merge(meet("a", "2023-02-20"), meet("a", "2023-02"))));
    assertEquals(List.of(":1", ":1", ":1"), summary(merge(meet("a", ""), meet("a", ""), meet("b", ""))));
  }

  @Test
  void twoEventsOfOneDocumentOnOneDayGetTwoIris() {
    List<Occurrence> occ = merge(meet("a", "2023-10-10"), meet("a", "2023-10-10"), meet("b", "2023-10-10"));
    assertEquals(2, occ.size());
    assertEquals(List.of(0, 1), occ.stream().map(Occurrence::ordinal).toList());
    assertNotEquals(occ.get(0).iri(), occ.get(1).iri());
    assertEquals(merge(meet("c", "2023-10-10")).get(0).iri(), occ.get(0).iri(), "the first keeps the plain IRI");
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfTheMentions() {
    List<EventMention> mentions = new ArrayList<>(List.of(meet("a", "2023-03-11"), meet("b", "2023-03"),
        meet("c", "2023-03-13"), meet("d", "2023-03-20"), meet("e", ""), meet("f", "2023")));
    List<Occurrence> expected = OccurrenceMerger.merge(mentions);
    Collections.reverse(mentions);
    assertEquals(expected, OccurrenceMerger.merge(mentions));
    Collections.shuffle(mentions, new java.util.Random(7));
    assertEquals(expected, OccurrenceMerger.merge(mentions));
  }

  @Test
  void confidenceCombinesDocumentsAndIsCapped() {
    Occurrence two = merge(meet("a", "2023-03-11", 0.8), meet("b", "2023-03-11", 0.5)).get(0);
    assertEquals(0.9, two.confidence(), 1e-9);
    Occurrence sameDoc = new Occurrence(EventType.MEET, List.of(JPN, USA), Optional.empty(), 0,
        List.of(meet("a", "2023-03-11", 0.8), meet("a", "2023-03-12", 0.5)));
    assertEquals(0.8, sameDoc.confidence(), 1e-9, "one document counts once");
    Occurrence many = merge(meet("a", "2023-03-11", 0.9), meet("b", "2023-03-11", 0.9), meet("c", "2023-03-11", 0.9))
        .get(0);
    assertEquals(Occurrence.MAX_COMBINED_CONFIDENCE, many.confidence(), 1e-9);
  }

  @Test
  void theIriDependsOnTypePartiesAndDateOnly() {
    Occurrence a = merge(meet("a", "2023-03-11"), meet("b", "2023-03-11")).get(0);
    Occurrence b = merge(meet("c", "2023-03-11")).get(0);
    assertEquals(a.iri(), b.iri());
    assertNotEquals(a.iri(), merge(meet("c", "2023-03-12")).get(0).iri());
    assertEquals(a.iri(), merge(mention("x", EventType.MEET, List.of(USA, JPN), "2023-03-11")).get(0).iri());
  }

  @Test
  void aDirectedMentionNeedsTwoParties() {
    assertThrows(IllegalArgumentException.class,
        () -> EventMention.of("e", EventType.JOIN, List.of(JPN), Optional.empty(), "doc:a", 0.5));
    assertEquals(List.of(JPN, NATO),
        EventMention.of("e", EventType.JOIN, List.of(JPN, NATO), Optional.empty(), "doc:a", 0.5).partyKey());
  }

  private static List<String> summary(List<Occurrence> occ) {
    return occ.stream().map(o -> o.date().map(PartialDate::iso).orElse("") + ":" + o.mentionCount()).sorted().toList();
  }

  private static List<Occurrence> merge(EventMention... mentions) {
    return OccurrenceMerger.merge(List.of(mentions));
  }

  private EventMention meet(String doc, String date) {
    return meet(doc, date, 0.8);
  }

  private EventMention meet(String doc, String date, double confidence) {
    return EventMention.of("event:" + next++, EventType.MEET, List.of(JPN, USA), PartialDate.parse(date),
        "doc:" + doc, confidence);
  }

  private EventMention mention(String doc, EventType type, List<ActorId> parties, String date) {
    return EventMention.of("event:" + next++, type, parties, PartialDate.parse(date), "doc:" + doc, 0.8);
  }
}
