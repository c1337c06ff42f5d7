package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
  void aDocumentGoneFromTheStoreIsDeletedRemotelyAndTheOccurrencesFollow(@TempDir Path other) throws Exception {
    Path storeDir = other.resolve("store");
    try (GraphStore mine = PushFixtures.store(storeDir); TestFuseki fuseki = TestFuseki.start()) {
      PushLedger ledger = PushLedger.of(storeDir, target(fuseki).endpoint());
      try (StorePusher pusher = StorePusher.open(target(fuseki), ledger)) {
        pusher.pushAll(mine);
      }
      assertEquals(5, ledger.read().size(), "the ledger lists what was pushed");
      RemoteCounts remote = RemoteCounts.remote(fuseki.sparql());
      assertEquals(5, remote.graphs());

      mine.removeGraph(Iris.document(SampleExtractions.REPORT_DOC));
      mine.updateOccurrences(List.of(SampleExtractions.REPORT_DOC));
      try (StorePusher pusher = StorePusher.open(target(fuseki), ledger)) {
        pusher.pushAll(mine);
        assertEquals(1, pusher.summary().deleted());
        assertTrue(pusher.summary().line().contains("deleted 1 graph(s) no longer in the local store"),
            pusher.summary().line());
      }
      RemoteCounts local = RemoteCounts.local(mine);
      assertEquals(4, remote.graphs());
      assertEquals(local.quads(), remote.quads(), "the occurrence graph was pushed again after the deletion");
      assertEquals(local.eventsPerGraph(), remote.eventsPerGraph());
      assertFalse(ledger.read().contains(Iris.document(SampleExtractions.REPORT_DOC)));
      assertTrue(Files.readString(ledger.file(), StandardCharsets.UTF_8).startsWith("# graphs pushed to http://"));

      // a graph the remote store no longer has (deleted by someone else) is no failure
      ledger.write(List.of(Iris.document("never-there")));
      try (StorePusher pusher = StorePusher.open(target(fuseki), ledger)) {
        assertEquals(List.of(Iris.document("never-there")), pusher.deleteGone(mine));
      }
    }
  }

  @Test
  void withoutALedgerNothingIsDeleted(@TempDir Path other) {
    try (GraphStore mine = PushFixtures.store(other.resolve("store")); TestFuseki fuseki = TestFuseki.start();
        StorePusher pusher = StorePusher.open(target(fuseki))) {
      pusher.pushAll(mine);
      mine.removeGraph(Iris.document(SampleExtractions.REPORT_DOC));
      assertEquals(List.of(), StorePusher.open(target(fuseki)).deleteGone(mine));
      assertEquals(5, RemoteCounts.remote(fuseki.sparql()).graphs());
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
