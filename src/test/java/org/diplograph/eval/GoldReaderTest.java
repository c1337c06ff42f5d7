package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplograph.model.ActorType;
import org.diplograph.model.EventType;
import org.diplograph.model.PartialDate;
import org.junit.jupiter.api.Test;

class GoldReaderTest {
  private final GoldReader reader = new GoldReader();

  static Path resource(String name) {
    try {
      return Path.of(GoldReaderTest.class.getResource("/eval/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsAllFieldsAndIgnoresUnknownKeys() throws IOException {
    GoldDocument doc = reader.read(resource("reader/unknown-keys.json"));
    assertEquals("r1", doc.doc());
    assertEquals(Optional.of(PartialDate.ofMonth(2024, 4)), doc.published());
    assertEquals(3, doc.actors().size());
    GoldDocument.GoldActor kishida = doc.actors().get(1);
    assertEquals(ActorType.PERSON, kishida.type());
    assertEquals("岸田文雄", kishida.key());
    assertEquals(Optional.of("JPN"), kishida.country());
    assertEquals(Optional.of("首相"), kishida.title());
    assertEquals(Optional.empty(), doc.actors().get(2).title());
    GoldDocument.GoldEvent visit = doc.events().get(0);
    assertEquals(EventType.VISIT, visit.type());
    assertEquals(List.of("JPN", "USA"), visit.parties());
    assertEquals(Optional.of(PartialDate.ofDay(2024, 4, 10)), visit.date());
    assertEquals(Optional.of("华盛顿"), visit.place());
    assertEquals(Optional.empty(), visit.name());
    assertEquals("岸田文雄访问美国。", visit.evidence());
    assertEquals(
        List.of(new GoldDocument.GoldPosition("per:岸田文雄", "JPN", Optional.of("首相"))),
        doc.positions());
  }

  @Test
  void badJsonNamesTheFile() {
    Path file = resource("reader/bad-json.json");
    GoldFormatException e = assertThrows(GoldFormatException.class, () -> reader.read(file));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
  }

  @Test
  void unknownEventTypeNamesTheFileAndTheType() {
    Path file = resource("reader/bad-type.json");
    GoldFormatException e = assertThrows(GoldFormatException.class, () -> reader.read(file));
    assertTrue(e.getMessage().contains("bad-type.json"), e.getMessage());
    assertTrue(e.getMessage().contains("DANCE"), e.getMessage());
  }

  @Test
  void missingDocIdIsAFormatError() {
    assertThrows(GoldFormatException.class, () -> reader.parse("{\"actors\": []}", "x.json"));
  }

  @Test
  void readsADirectoryKeyedByDocument() throws IOException {
    Map<String, GoldDocument> docs = reader.readDir(resource("micro/gold"));
    assertEquals(List.of("a", "b", "c"), List.copyOf(docs.keySet()));
    assertEquals(4, docs.get("b").events().size());
  }
}
