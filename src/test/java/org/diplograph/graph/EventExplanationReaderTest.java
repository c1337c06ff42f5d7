package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.diplograph.graph.EventExplanation.Kind;
import org.diplograph.model.EventType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventExplanationReaderTest {
  @TempDir Path dir;
  private GraphStore store;

  @BeforeEach
  void open() {
    store = GraphStore.open(dir.resolve("tdb"));
    store.replaceGraph(Iris.ONTOLOGY_GRAPH, GraphStoreTest.ontology());
    store.replaceDocument(SampleExtractions.meetAndVisit());
    store.replaceDocument(SampleExtractions.report());
    store.rebuildOccurrences();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aDocumentsEventShowsHowItWasExtracted() {
    EventExplanation x = read(Iris.event(SampleExtractions.meet(), SampleExtractions.MEET_DOC));
    assertEquals(Kind.EVENT, x.kind());
    assertEquals(EventType.MEET, x.type());
    assertEquals("040", x.cameoCode());
    assertEquals("CONSULT", x.ploverCode());
    assertEquals(Optional.of("举行"), x.trigger());
    assertEquals(Optional.of("light-verb"), x.rule());
    assertEquals(Optional.of(0.9), x.confidence());
    assertEquals(List.of("日本", "美国"), x.parties().stream().map(LabelledActor::label).toList(),
        "the longest name the documents used");
    assertEquals(List.of("劳埃德·奥斯汀", "岸田文雄"), x.persons().stream().map(LabelledActor::label).toList());
    assertEquals(Optional.of("2023-03-11"), x.date());
    assertEquals(Optional.of("东京"), x.place());
    assertEquals(Optional.of("日美安全保障高级事务级磋商"), x.name());
    assertEquals(Optional.of(SampleExtractions.MEET_SENTENCE), x.evidence());
    assertEquals(List.of(new SourceDocument(Iris.document(SampleExtractions.MEET_DOC), Optional.of("日美举行安全磋商"),
        Optional.of("https://www.example.cn/news/2023/0312.html"), Optional.of("2023-03-12"))), x.documents());
    assertTrue(x.occurrence().orElseThrow().startsWith(Iris.ID + "occurrence/"));
    assertEquals(List.of(), x.mentions());
  }

  @Test
  void aDirectedEventListsSourceThenTarget() {
    EventExplanation x = read(Iris.event(SampleExtractions.visit(), SampleExtractions.MEET_DOC));
    assertEquals(List.of(Iris.actor(SampleExtractions.JPN), Iris.actor(SampleExtractions.USA)),
        x.parties().stream().map(LabelledActor::iri).toList());
    assertEquals(Optional.of("2023-03"), x.date());
  }

  @Test
  void anOccurrenceExplainsEachMention() {
    String meet = Iris.event(SampleExtractions.meet(), SampleExtractions.MEET_DOC);
    EventExplanation x = read(read(meet).occurrence().orElseThrow());
    assertEquals(Kind.OCCURRENCE, x.kind());
    assertEquals(Optional.empty(), x.trigger());
    assertEquals(Optional.empty(), x.evidence());
    assertEquals(0.96, x.confidence().orElseThrow(), 1e-9);
    assertEquals(Optional.of("2023-03-11"), x.date());
    assertEquals(List.of(Iris.document(SampleExtractions.MEET_DOC), Iris.document(SampleExtractions.REPORT_DOC)),
        x.documents().stream().map(SourceDocument::iri).toList());
    assertEquals(2, x.mentions().size());
    assertEquals(meet, x.mentions().get(0).iri());
    assertEquals(Optional.of("磋商"), x.mentions().get(1).trigger());
    assertEquals(Optional.of("2023-03-12"), x.mentions().get(1).date());
  }

  @Test
  void otherIrisAreNotExplained() {
    assertEquals(Optional.empty(), EventExplanationReader.read(store, Iris.ID + "event/0000"));
    assertEquals(Optional.empty(), EventExplanationReader.read(store, Iris.actor(SampleExtractions.JPN)));
    assertEquals(Optional.empty(), EventExplanationReader.read(store, Iris.document(SampleExtractions.MEET_DOC)));
  }

  @Test
  void withoutTheOntologyTheCodesComeFromTheEventType() {
    store.removeGraph(Iris.ONTOLOGY_GRAPH);
    EventExplanation x = read(Iris.event(SampleExtractions.visit(), SampleExtractions.MEET_DOC));
    assertEquals(EventType.VISIT.cameo(), x.cameoCode());
    assertEquals(EventType.VISIT.plover(), x.ploverCode());
  }

  private EventExplanation read(String iri) {
    return EventExplanationReader.read(store, iri).orElseThrow(() -> new AssertionError("not explained: " + iri));
  }
}
