package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.export.PushException.Reason;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.Iris;
import org.diplograph.graph.SampleExtractions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pushing to an independent store: a Virtuoso server of the test's own (Debian's virtuoso-opensource),
 * through its authenticated Graph Store endpoint, which asks for HTTP Digest. Skipped where Virtuoso is
 * not installed, except in CI, where it fails.
 */
class VirtuosoPushTest {
  @TempDir static Path dir;
  private static VirtuosoInstance virtuoso;
  private static GraphStore store;

  @BeforeAll
  static void start() throws IOException {
    virtuoso = VirtuosoInstance.start(dir.resolve("virtuoso"));
    store = PushFixtures.store(dir.resolve("store"));
  }

  @AfterAll
  static void stop() {
    if (store != null) {
      store.close();
    }
    if (virtuoso != null) {
      virtuoso.close();
    }
  }

  @Test
  void pushingTheStoreFillsVirtuosoAndASecondPushChangesNothing() {
    RemoteCounts local = RemoteCounts.local(store);
    RemoteCounts remote = RemoteCounts.remote(virtuoso.sparql());
    try (StorePusher pusher = StorePusher.open(target(VirtuosoInstance.PASSWORD))) {
      pusher.pushAll(store);
      long quads = remote.quads();
      assertEquals(local.quads(), quads);
      assertEquals(5, remote.graphs());
      assertEquals(local.eventsPerGraph(), remote.eventsPerGraph());

      pusher.pushAll(store);
      assertEquals(quads, remote.quads());
      assertEquals(local.eventsPerGraph(), remote.eventsPerGraph());
    }
  }

  @Test
  void aReExtractedDocumentReplacesItsGraph(@TempDir Path other) {
    String graph = Iris.document(SampleExtractions.MEET_DOC);
    RemoteCounts remote = RemoteCounts.remote(virtuoso.sparql());
    try (GraphStore mine = GraphStore.open(other.resolve("store"));
        StorePusher pusher = StorePusher.open(target(VirtuosoInstance.PASSWORD))) {
      mine.replaceDocument(SampleExtractions.meetAndVisit());
      pusher.pushDocument(mine, SampleExtractions.MEET_DOC);
      assertEquals(2L, remote.eventsPerGraph().get(graph));
      mine.replaceDocument(SampleExtractions.meetChanged());
      pusher.pushDocument(mine, SampleExtractions.MEET_DOC);
      assertEquals(1L, remote.eventsPerGraph().get(graph));
      pusher.pushDocument(store, SampleExtractions.MEET_DOC); // the fixture's version back, for the other tests
    }
  }

  @Test
  void aDocumentGoneFromTheStoreIsDeletedFromVirtuoso(@TempDir Path other) {
    Path storeDir = other.resolve("store");
    RemoteCounts remote = RemoteCounts.remote(virtuoso.sparql());
    try (GraphStore mine = PushFixtures.store(storeDir)) {
      PushLedger ledger = PushLedger.of(storeDir, target(VirtuosoInstance.PASSWORD).endpoint());
      try (StorePusher pusher = StorePusher.open(target(VirtuosoInstance.PASSWORD), ledger)) {
        pusher.pushAll(mine);
      }
      assertEquals(5, remote.graphs());
      mine.removeGraph(Iris.document(SampleExtractions.REPORT_DOC));
      mine.updateOccurrences(List.of(SampleExtractions.REPORT_DOC));
      try (StorePusher pusher = StorePusher.open(target(VirtuosoInstance.PASSWORD), ledger)) {
        pusher.pushAll(mine);
        assertEquals(1, pusher.summary().deleted());
      }
      RemoteCounts local = RemoteCounts.local(mine);
      assertEquals(4, remote.graphs());
      assertEquals(local.quads(), remote.quads());
      assertEquals(local.eventsPerGraph(), remote.eventsPerGraph());
    } finally {
      try (StorePusher pusher = StorePusher.open(target(VirtuosoInstance.PASSWORD))) {
        pusher.pushAll(store); // the fixture's graphs back, for the other tests
      }
    }
  }

  @Test
  void aWrongOrMissingPasswordIsUnauthorized() {
    try (StorePusher pusher = StorePusher.open(target("wrong-password"))) {
      PushException e = assertThrows(PushException.class, () -> pusher.pushDocument(store, SampleExtractions.MEET_DOC));
      assertEquals(Reason.UNAUTHORIZED, e.reason(), e.getMessage());
      assertFalse(e.getMessage().contains("wrong-password"));
    }
    try (StorePusher pusher = StorePusher.open(PushTarget.of(virtuoso.gspAuth(), PushCredentials.none()))) {
      PushException e = assertThrows(PushException.class, () -> pusher.pushDocument(store, SampleExtractions.MEET_DOC));
      assertEquals(Reason.UNAUTHORIZED, e.reason(), e.getMessage());
    }
  }

  @Test
  void aWrongPathIsNotAGraphStore() {
    String url = virtuoso.gspAuth().replace("sparql-graph-crud-auth", "nothing-here");
    try (StorePusher pusher = StorePusher.open(PushTarget.of(url, PushCredentials.none()))) {
      PushException e = assertThrows(PushException.class, () -> pusher.pushDocument(store, SampleExtractions.MEET_DOC));
      assertEquals(Reason.NOT_FOUND, e.reason(), e.getMessage());
    }
  }

  private static PushTarget target(String password) {
    return PushTarget.of(virtuoso.gspAuth(), PushCredentials.password(VirtuosoInstance.USER, password));
  }
}
