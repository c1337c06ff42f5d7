package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diplograph.eval.GoldDocument;
import org.diplograph.eval.GoldReader;
import org.diplograph.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldJsonWriterTest {
  private static final String DOC = SampleExtraction.DOC;
  private static final String S1 = SampleExtraction.S1;

  private final GoldJsonWriter writer = new GoldJsonWriter();

  @Test
  void writesTheExpectedJsonExactly() throws IOException {
    assertEquals(resource("gold-writer-expected.json"), writer.toJson(SampleExtraction.sample()));
  }

  @Test
  void keepsKeyOrderOfTheGuideline() throws IOException {
    JsonNode root = new ObjectMapper().readTree(writer.toJson(SampleExtraction.sample()));
    assertEquals(
        List.of("doc", "published", "actors", "events", "positions", "memberships"),
        fieldNames(root));
    assertEquals(
        List.of(
            "type",
            "parties",
            "persons",
            "date",
            "place",
            "name",
            "object",
            "evidence",
            "confidence"),
        fieldNames(root.get("events").get(0)));
    assertEquals(
        List.of("id", "type", "names", "country", "title", "confidence"),
        fieldNames(root.get("actors").get(3)));
    assertEquals(
        List.of("id", "type", "names", "confidence"), fieldNames(root.get("actors").get(0)));
  }

  @Test
  void writesChineseUnescapedDatesAtPrecisionAndNulls() {
    String json = writer.toJson(SampleExtraction.sample());
    assertTrue(json.contains("\"place\": \"戴维营\""), json);
    assertFalse(json.contains("\\u"), json);
    assertTrue(json.contains("\"date\": \"2023-08\""), json);
    assertTrue(json.contains("\"date\": \"2023-01-12\""), json);
    assertTrue(json.contains("\"date\": null"), json);
    assertTrue(json.contains("\"published\": \"2023-09-01\""), json);
  }

  @Test
  void sortsEventsByEvidenceOffsetAndKeepsPartyOrder() throws IOException {
    JsonNode events =
        new ObjectMapper().readTree(writer.toJson(SampleExtraction.sample())).get("events");
    assertEquals("MEET", events.get(0).get("type").asText());
    assertEquals("JOINT_STATEMENT", events.get(1).get("type").asText());
    assertEquals("[\"JPN\",\"org:QUAD\"]", events.get(2).get("parties").toString());
  }

  @Test
  void roundTripsThroughTheGoldReader(@TempDir Path dir) throws IOException {
    Path file = writer.write(SampleExtraction.sample(), dir.resolve("out"));
    assertEquals(dir.resolve("out").resolve(DOC + ".json"), file);
    GoldDocument doc = new GoldReader().read(file);
    assertEquals(DOC, doc.doc());
    assertEquals("2023-09-01", doc.published().orElseThrow().iso());
    assertEquals(5, doc.actors().size());
    assertEquals("per:劳埃德·奥斯汀", doc.actors().get(3).id());
    assertEquals(Optional.of("国防部长"), doc.actors().get(3).title());
    assertEquals(Optional.empty(), doc.actors().get(4).title());
    assertEquals(List.of("USA", "JPN", "KOR"), doc.events().get(1).parties());
    assertEquals(Optional.of(PartialDate.ofMonth(2023, 8)), doc.events().get(1).date());
    assertEquals(S1, doc.events().get(0).evidence());
    assertEquals(2, doc.memberships().size());
    assertEquals(
        Files.readString(file, StandardCharsets.UTF_8), writer.toJson(SampleExtraction.sample()));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = GoldJsonWriterTest.class.getResourceAsStream("/export/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
