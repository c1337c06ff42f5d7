package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.model.EventType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GraphStore#rebuildOccurrences()}: the derived graph of events merged across documents. */
class OccurrenceStoreTest {
  private static final String MEET_OCCURRENCES = """
      SELECT ?o ?mentions ?sources ?date ?confidence WHERE {
        GRAPH <https://w3id.org/diplograph/id/graph/occurrences> {
          ?o a dg:Occurrence , dg:Meeting ; dg:party country:JPN , country:USA ;
             dg:mentionCount ?mentions ; dg:sourceCount ?sources ; dg:date ?date ; dg:confidence ?confidence }
      }""";

  @TempDir Path dir;
  private GraphStore store;

  @BeforeEach
  void open() {
    store = GraphStore.open(dir.resolve("tdb"));
    store.replaceDocument(SampleExtractions.meetAndVisit());
    store.replaceDocument(SampleExtractions.report());
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void twoDocumentsReportingOneMeetingGiveOneOccurrence() {
    OccurrenceSummary summary = store.rebuildOccurrences();
    assertEquals(new OccurrenceSummary(2, 3, 2, 1), summary, "the meeting (2 mentions) and the visit");
    List<String> rows = csv(MEET_OCCURRENCES);
    assertEquals(2, rows.size(), rows.toString());
    String row = rows.get(1);
    assertTrue(row.startsWith(Iris.ID + "occurrence/"), row);
    assertTrue(row.contains(",2,2,2023-03-11,"), row);
    assertEquals(0.96, Double.parseDouble(row.substring(row.lastIndexOf(',') + 1)), 1e-9, "1 - (1 - 0.9)(1 - 0.6)");
  }

  @Test
  void theOccurrenceLinksEveryMentionAndDocument() {
    store.rebuildOccurrences();
    assertTrue(ask("""
        ASK { ?o a dg:Occurrence ; dg:mention ?a , ?b ; prov:wasDerivedFrom doc:000_meet , doc:003_report .
              ?a prov:wasDerivedFrom doc:000_meet . ?b prov:wasDerivedFrom doc:003_report }"""));
    assertTrue(ask("""
        ASK { ?o a dg:Occurrence , dg:Visit ; dg:source country:JPN ; dg:target country:USA ;
                 dg:date "2023-03"^^xsd:gYearMonth ; dg:mentionCount "1"^^xsd:int ; dg:sourceCount "1"^^xsd:int }"""));
  }

  @Test
  void rebuildingAndReExtractingKeepOneOccurrence() {
    store.rebuildOccurrences();
    long quads = store.quadCount();
    store.rebuildOccurrences();
    assertEquals(quads, store.quadCount());
    store.replaceDocument(SampleExtractions.meetAndVisit());
    store.replaceDocument(SampleExtractions.report());
    store.rebuildOccurrences();
    assertEquals(quads, store.quadCount());
    assertEquals(2, csv(MEET_OCCURRENCES).size(), "header and one occurrence");
  }

  @Test
  void aChangedDocumentChangesTheOccurrences() {
    store.rebuildOccurrences();
    store.replaceDocument(SampleExtractions.meetChanged()); // the meeting lost its date, the visit is gone
    OccurrenceSummary summary = store.rebuildOccurrences();
    assertEquals(new OccurrenceSummary(2, 2, 2, 0), summary, "an undated mention stays apart");
    assertEquals(1, csv(MEET_OCCURRENCES).size() - 1);
  }

  @Test
  void occurrencesAreNotCountedAsEventsAndConformToTheShapes() {
    store.rebuildOccurrences();
    assertEquals(2, store.summary().eventsByType().get(EventType.MEET));
    assertEquals(1, store.summary().eventsByType().get(EventType.VISIT));
    Graph union = GraphFactory.createDefaultGraph();
    store.read(d -> {
      d.find().forEachRemaining(q -> union.add(q.asTriple()));
      return null;
    });
    ShaclReport report = ShaclCheck.load().validate(union);
    assertTrue(report.conforms(), () -> String.join("\n", report.messages()));
  }

  private boolean ask(String sparql) {
    return String.join("", csv(sparql)).toLowerCase(java.util.Locale.ROOT).contains("true");
  }

  private List<String> csv(String sparql) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.query(sparql, ResultFormat.CSV, out);
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void anIncrementalUpdateGivesWhatARebuildGives(@TempDir Path other) {
    store.rebuildOccurrences();
    try (GraphStore incremental = GraphStore.open(other.resolve("tdb"))) {
      incremental.replaceDocument(SampleExtractions.meetAndVisit());
      assertEquals(new OccurrenceSummary(2, 2, 1, 0), incremental.updateOccurrences(List.of("000_meet")));
      incremental.replaceDocument(SampleExtractions.report());
      OccurrenceSummary summary = incremental.updateOccurrences(List.of("003_report"));
      assertEquals(store.occurrenceSummary(), summary);
      assertTrue(occurrenceGraph(store).isIsomorphicWith(occurrenceGraph(incremental)));

      store.replaceDocument(SampleExtractions.meetChanged());
      incremental.replaceDocument(SampleExtractions.meetChanged());
      assertEquals(store.rebuildOccurrences(), incremental.updateOccurrences(List.of("000_meet")));
      assertTrue(occurrenceGraph(store).isIsomorphicWith(occurrenceGraph(incremental)),
          "the visit the changed document no longer reports is gone, the undated meeting stands apart");
    }
  }

  @Test
  void documentsStoredByARunThatDiedBeforeItsUpdateAreTakenInByTheNextUpdate(@TempDir Path other) {
    store.rebuildOccurrences();
    try (GraphStore killed = GraphStore.open(other.resolve("tdb"))) {
      // a first run stores the document with the meeting and the visit, and dies before updating the
      // occurrences; the re-run stores (and names) only the document the first run did not reach, which
      // reports the meeting alone: the visit's occurrence comes from the mark
      killed.replaceDocumentMarkingOccurrences(SampleExtractions.meetAndVisit());
      assertEquals(1, killed.pendingOccurrenceDocuments());
      killed.replaceDocumentMarkingOccurrences(SampleExtractions.report());
      assertEquals(store.occurrenceSummary(), killed.updateOccurrences(List.of("003_report")));
      assertEquals(0, killed.pendingOccurrenceDocuments());
      assertTrue(occurrenceGraph(store).isIsomorphicWith(occurrenceGraph(killed)));
    }
  }

  private static Graph occurrenceGraph(GraphStore s) {
    Graph g = GraphFactory.createDefaultGraph();
    s.read(d -> {
      d.getGraph(org.apache.jena.graph.NodeFactory.createURI(Iris.OCCURRENCE_GRAPH)).find().forEachRemaining(g::add);
      return null;
    });
    return g;
  }
}
