package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.jena.irix.IRIx;
import org.diplograph.model.ActorId;
import org.diplograph.model.Event;
import org.diplograph.model.EventType;
import org.diplograph.model.Membership;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Position;
import org.junit.jupiter.api.Test;

class IrisTest {
  private static final String ID = "https://w3id.org/diplograph/id/";

  @Test
  void actorIrisFollowTheSharedScheme() {
    assertEquals(ID + "country/JPN", Iris.actor(ActorId.country("jpn")));
    assertEquals(ID + "org/NATO", Iris.actor(ActorId.organization("NATO")));
    assertEquals(ID + "person/%E5%B2%B8%E7%94%B0%E6%96%87%E9%9B%84", Iris.actor(ActorId.person("岸田文雄")));
    assertEquals(ID + "gov/%E7%BE%8E%E5%9B%BD%E5%9B%BD%E9%98%B2%E9%83%A8",
        Iris.actor(ActorId.governmentBody("美国国防部")));
  }

  @Test
  void parseActorInvertsActor() {
    for (ActorId id : java.util.List.of(ActorId.country("JPN"), ActorId.organization("G7+"),
        ActorId.person("劳埃德·奥斯汀"), ActorId.governmentBody("美国 国防部"))) {
      assertEquals(java.util.Optional.of(id), Iris.parseActor(Iris.actor(id)));
    }
    assertEquals(java.util.Optional.empty(), Iris.parseActor(ID + "event/abc"));
    assertEquals(java.util.Optional.empty(), Iris.parseActor("http://example.org/country/JPN"));
  }

  @Test
  void parseEventTypeInvertsEventType() {
    assertEquals(java.util.Optional.of(org.diplograph.model.EventType.MEET),
        Iris.parseEventType(Iris.eventType(org.diplograph.model.EventType.MEET)));
    assertEquals(java.util.Optional.empty(), Iris.parseEventType(ID + "eventtype/NOPE"));
  }

  @Test
  void percentEncodesSeparatorsAndSpaces() {
    String iri = Iris.actor(ActorId.person("劳埃德·奥斯汀"));
    assertTrue(iri.contains("%C2%B7"), iri); // the middle dot
    assertEquals(ID + "doc/a%20b%2Fc", Iris.document("a b/c"));
    assertValidIri(Iris.title("国防部长"));
    assertValidIri(Iris.trigger(EventType.MEET, "会谈"));
  }

  @Test
  void eventIriIsStableAcrossRunsAndContentBased() {
    String first = Iris.event(SampleExtractions.meet(), "d");
    String second = Iris.event(SampleExtractions.meet(), "d");
    assertEquals(first, second);
    assertTrue(first.matches("https://w3id\\.org/diplograph/id/event/[0-9a-f]{32}"), first);
    assertNotEquals(first, Iris.event(SampleExtractions.meet(), "other-doc"));
    assertNotEquals(first, Iris.event(SampleExtractions.visit(), "d"));
  }

  @Test
  void undirectedPartyOrderDoesNotMatterButDirectedDoes() {
    assertEquals(Iris.event(meet(SampleExtractions.JPN, SampleExtractions.USA), "d"),
        Iris.event(meet(SampleExtractions.USA, SampleExtractions.JPN), "d"));
    assertNotEquals(Iris.event(visit(SampleExtractions.JPN, SampleExtractions.USA), "d"),
        Iris.event(visit(SampleExtractions.USA, SampleExtractions.JPN), "d"));
  }

  @Test
  void eventTypeAndNodeIris() {
    assertEquals(ID + "eventtype/UPGRADE_PARTNERSHIP", Iris.eventType(EventType.UPGRADE_PARTNERSHIP));
    Position post = new Position(SampleExtractions.KISHIDA, SampleExtractions.JPN, "首相");
    assertEquals(Iris.post(post), Iris.post(new Position(ActorId.person("岸田文雄"), ActorId.country("JPN"), "首相")));
    assertTrue(Iris.post(post).startsWith(ID + "post/"));
    Membership m = new Membership(SampleExtractions.USA, SampleExtractions.QUAD);
    assertNotEquals(Iris.membership(m), Iris.membership(new Membership(SampleExtractions.JPN, SampleExtractions.QUAD)));
    assertTrue(Iris.evidence(SampleExtractions.meet().evidence()).startsWith(ID + "evidence/"));
  }

  @Test
  void sourceUrlAcceptsOnlyAbsoluteIris() {
    assertEquals(Optional.of("https://example.cn/新闻/1"), Iris.sourceUrl(" https://example.cn/新闻/1 "));
    assertEquals(Optional.empty(), Iris.sourceUrl("not a url"));
    assertEquals(Optional.empty(), Iris.sourceUrl("relative/path.html"));
  }

  private static Event meet(ActorId a, ActorId b) {
    Event e = SampleExtractions.meet();
    return new Event(e.type(), List.of(a, b), e.persons(), e.date(), e.place(), e.name(), e.object(),
        e.trigger(), e.rule(), e.evidence(), e.confidence());
  }

  private static Event visit(ActorId a, ActorId b) {
    Event e = SampleExtractions.visit();
    return new Event(e.type(), List.of(a, b), e.persons(), Optional.of(PartialDate.ofYear(2023)), e.place(),
        e.name(), e.object(), e.trigger(), e.rule(), e.evidence(), e.confidence());
  }

  private static void assertValidIri(String iri) {
    assertTrue(IRIx.create(iri).isAbsolute(), iri);
  }
}
