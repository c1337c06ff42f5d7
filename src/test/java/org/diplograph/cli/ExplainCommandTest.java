package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.Iris;
import org.diplograph.graph.SampleExtractions;
import org.diplograph.model.ActorId;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.EventType;
import org.diplograph.model.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExplainCommandTest {
  @TempDir static Path dir;
  private static String meet;
  private static String occurrence;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void fill() {
    DocumentExtraction x = SampleExtractions.meetAndVisit();
    meet = Iris.event(x.events().get(0), x.doc().id());
    try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
      store.replaceDocument(x);
      store.replaceDocument(SampleExtractions.report());
      store.rebuildOccurrences();
    }
    occurrence = Iris.occurrence(EventType.MEET, List.of(ActorId.country("JPN"), ActorId.country("USA")),
        Optional.of(PartialDate.ofDay(2023, 3, 11)), 0);
  }

  @Test
  void explainsADocumentsEvent() {
    assertEquals(0, run("explain", meet, "--store", store()), err.toString());
    String text = out.toString();
    assertTrue(text.startsWith("event:" + meet.substring(meet.lastIndexOf('/') + 1) + "  (an event as one document"), text);
    assertTrue(text.contains("  type        MEET · CAMEO 040 · PLOVER CONSULT\n"), text);
    assertTrue(text.contains("  trigger     举行  (rule light-verb)\n"), text);
    assertTrue(text.contains("  confidence  0.90\n"), text);
    assertTrue(text.contains("  parties     日本 (country:JPN), 美国 (country:USA)\n"), text);
    assertTrue(text.contains("  persons     劳埃德·奥斯汀、岸田文雄\n"), text);
    assertTrue(text.contains("  evidence    日美两国政府高级官员3月11日在东京举行了“日美安全保障高级事务级磋商”。\n"), text);
    assertTrue(text.contains("  document    日美举行安全磋商 · https://www.example.cn/news/2023/0312.html · published 2023-03-12"
        + " (doc:000_meet)\n"), text);
    assertTrue(text.contains("  occurrence  occurrence:"), text);
  }

  @Test
  void explainsAnOccurrenceGivenAsAPrefixedName() {
    String prefixed = "occurrence:" + occurrence.substring(occurrence.lastIndexOf('/') + 1);
    assertEquals(0, run("explain", prefixed, "--store", store()), err.toString());
    String text = out.toString();
    assertTrue(text.contains("(an event reported 2 time(s) by 2 document(s))"), text);
    assertTrue(text.contains("  mention 1 of 2: event:"), text);
    assertTrue(text.contains("    trigger     磋商  (rule light-verb)\n"), text);
    assertTrue(text.contains("    document    美日安全磋商 · https://news.example.com/3 · published 2023-03-13"), text);
    assertFalse(text.contains("    occurrence  "), "a mention does not repeat its occurrence");
  }

  @Test
  void anIriNotInTheStoreFails() {
    assertEquals(1, run("explain", "event:0000", "--store", store()));
    assertTrue(err.toString().contains("is not an event or occurrence"), err.toString());
    assertEquals(1, run("explain", meet, "--store", dir.resolve("nowhere").toString()));
  }

  @Test
  void badUsageIsExitCodeTwo() {
    assertEquals(2, run("explain", "not an iri", "--store", store()));
    assertEquals(2, run("explain", "--store", store()));
  }

  @Test
  void helpDescribesTheCommand() {
    assertEquals(0, run("explain", "--help"));
    assertTrue(out.toString().contains("EVENT-IRI"), out.toString());
  }

  private int run(String... args) {
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static String store() {
    return dir.resolve("store").toString();
  }
}
