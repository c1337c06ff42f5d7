package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.Iris;
import org.diplograph.graph.SampleExtractions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pushing the local store's graphs to a Fuseki server started by the test, with updates on. */
class StorePusherTest {
  @TempDir static Path dir;
  private static GraphStore store;

  @BeforeAll
  static void fill() {
    store = PushFixtures.store(dir.resolve("store"));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void pushingTheStoreFillsFusekiAndASecondPushChangesNothing() {
    RemoteCounts local = RemoteCounts.local(store);
    try (TestFuseki fuseki = TestFuseki.start(); StorePusher pusher = StorePusher.open(target(fuseki))) {
      RemoteCounts remote = RemoteCounts.remote(fuseki.sparql());
      pusher.pushAll(store);
      long quads = remote.quads();
      assertEquals(local.quads(), quads);
      assertEquals(5, remote.graphs()); // ontology, three documents, occurrences
      assertEquals(local.eventsPerGraph(), remote.eventsPerGraph());
      assertEquals(3, remote.eventsPerGraph().size());

      pusher.pushAll(store);
      assertEquals(quads, remote.quads());
      assertEquals(local.eventsPerGraph(), remote.eventsPerGraph());
      assertEquals(10, pusher.summary().graphs());
      assertEquals(2 * quads, pusher.summary().triples());
    }
  }

  @Test
  void aReExtractedDocumentReplacesItsRemoteGraph(@TempDir Path other) {
    try (GraphStore mine = GraphStore.open(other.resolve("store"));
        TestFuseki fuseki = TestFuseki.start(); StorePusher pusher = StorePusher.open(target(fuseki))) {
      mine.replaceDocument(SampleExtractions.meetAndVisit());
      pusher.pushDocument(mine, SampleExtractions.MEET_DOC);
      RemoteCounts remote = RemoteCounts.remote(fuseki.sparql());
      String graph = Iris.document(SampleExtractions.MEET_DOC);
      assertEquals(Map.of(graph, 2L), remote.eventsPerGraph());

      mine.replaceDocument(SampleExtractions.meetChanged());
      pusher.pushDocument(mine, SampleExtractions.MEET_DOC);
      assertEquals(Map.of(graph, 1L), remote.eventsPerGraph());
      assertEquals(RemoteCounts.local(mine).quads(), remote.quads());
    }
  }

  @Test
  void theOntologyComesFirstAndTheOccurrencesLast() {
    List<String> names = StorePusher.graphNames(store);
    assertEquals(Iris.ONTOLOGY_GRAPH, names.get(0));
    assertEquals(Iris.OCCURRENCE_GRAPH, names.get(names.size() - 1));
    assertEquals(List.of(Iris.document(SampleExtractions.MEET_DOC), Iris.document(SampleExtractions.TRAD_DOC),
        Iris.document(SampleExtractions.REPORT_DOC)), names.subList(1, names.size() - 1));
  }

  @Test
  void theSummaryLineSaysWhatWasSent() {
    PushSummary s = new PushSummary("http://localhost:3030/ds/data", 5, 12345, 0, 1, java.time.Duration.ofMillis(1500));
    assertEquals("Pushed 5 graph(s), 12,345 triples to http://localhost:3030/ds/data in 1.5 s (1 retry)", s.line());
  }

  static PushTarget target(TestFuseki fuseki) {
    return PushTarget.of(fuseki.gsp(), PushCredentials.none());
  }
}
