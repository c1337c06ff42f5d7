package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.model.ActorType;
import org.diplograph.model.EventType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphStoreTest {
  private static final String EVENT_TYPES = "SELECT ?e ?type WHERE { ?e dg:eventType ?type } ORDER BY ?type";

  @TempDir Path dir;
  private GraphStore store;

  @BeforeEach
  void open() {
    store = GraphStore.open(dir.resolve("tdb"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void replacingTheSameDocumentTwiceGivesTheSameQuads() {
    store.replaceDocument(SampleExtractions.meetAndVisit());
    long once = store.quadCount();
    store.replaceDocument(SampleExtractions.meetAndVisit());
    assertTrue(once > 50, "quads: " + once);
    assertEquals(once, store.quadCount());
  }

  @Test
  void compactingGivesBackTheSpaceOfPastTransactionsAndKeepsTheContent() {
    for (int i = 0; i < 30; i++) {
      store.replaceDocument(i % 2 == 0 ? SampleExtractions.meetAndVisit() : SampleExtractions.traditional());
    }
    long quads = store.quadCount();
    store.compact();
    // the live data moved to a new generation and the old one, with every past transaction's blocks, is gone
    assertTrue(java.nio.file.Files.isDirectory(store.directory().resolve("Data-0002")));
    assertFalse(java.nio.file.Files.exists(store.directory().resolve("Data-0001")));
    assertEquals(quads, store.quadCount());
  }

  @Test
  void eachDocumentHasItsNamedGraph() {
    store.replaceDocument(SampleExtractions.meetAndVisit());
    store.replaceDocument(SampleExtractions.traditional());
    String csv = query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", ResultFormat.CSV);
    assertEquals(List.of("g", Iris.document("000_meet"), Iris.document("001_trad")), csv.lines().toList());
  }

  @Test
  void replacingADocumentRemovesItsOldTriples() {
    store.replaceDocument(SampleExtractions.meetAndVisit());
    store.replaceDocument(SampleExtractions.traditional());
    store.replaceDocument(SampleExtractions.meetChanged());
    assertFalse(ask("ASK { ?e a dg:Visit }"));
    assertFalse(ask("ASK { ?p a org:Post }"));
    assertTrue(ask("ASK { ?e a dg:Meeting ; dg:party country:PHL }"), "the other document is untouched");
    assertTrue(ask("ASK { GRAPH doc:000_meet { doc:000_meet dg:extractorVersion \"0.2.0-test\" } }"));
    assertEquals(2, store.summary().eventsByType().get(EventType.MEET));
  }

  @Test
  void aFailedWriteLeavesThePreviousGraph() {
    store.replaceDocument(SampleExtractions.meetAndVisit());
    long before = store.quadCount();
    var graph = NodeFactory.createURI(Iris.document(SampleExtractions.MEET_DOC));
    var junk = Quad.create(graph, RDF.type.asNode(), RDF.type.asNode(), RDF.Property.asNode());
    RuntimeException boom = assertThrows(IllegalStateException.class, () -> store.replaceGraph(graph, sink -> {
      sink.quad(junk);
      throw new IllegalStateException("sink failed midway");
    }));
    assertEquals("sink failed midway", boom.getMessage());
    assertEquals(before, store.quadCount());
    assertTrue(ask("ASK { ?e a dg:Visit }"));
  }

  @Test
  void anInvalidExtractionIsRejectedWithoutTouchingTheStore() {
    store.replaceDocument(SampleExtractions.meetAndVisit());
    long before = store.quadCount();
    var x = SampleExtractions.traditional();
    var renamed = new org.diplograph.model.DocumentExtraction(
        new org.diplograph.model.SourceDoc(SampleExtractions.MEET_DOC, "s", Optional.empty(), "t",
            Optional.empty(), Optional.empty(), x.doc().script(), List.of(), "h"),
        x.actors(), x.events(), List.of(), List.of(), "v");
    // its evidence names 001_trad: the writer fails after the document's own triples went in
    assertThrows(IllegalArgumentException.class, () -> store.replaceDocument(renamed));
    assertEquals(before, store.quadCount());
    assertEquals(Optional.of("0123abcd"), store.contentHash(SampleExtractions.MEET_DOC));
  }

  @Test
  void theStoreTellsWhichExtractorWroteADocument() {
    store.replaceDocument(SampleExtractions.meetAndVisit());
    assertEquals(Optional.of(SampleExtractions.meetAndVisit().extractorVersion()),
        store.extractorVersion(SampleExtractions.MEET_DOC));
    assertEquals(Optional.empty(), store.extractorVersion("no-such-doc"));
  }

  @Test
  void queriesWithoutGraphSeeTheUnionAndTheOntologyGraph() {
    store.replaceDocument(SampleExtractions.meetAndVisit());
    store.replaceGraph(Iris.ONTOLOGY_GRAPH, ontology());
    assertTrue(ask("ASK { ?e dg:eventType ?c . ?c skos:prefLabel \"会晤\"@zh ; dg:cameoCode \"040\" }"));
    assertEquals(Optional.empty(), store.contentHash("no-such-doc"));
    StoreSummary summary = store.summary();
    assertEquals(1, summary.documents());
    assertEquals(4, summary.actorsByType().get(ActorType.COUNTRY), "JPN USA IND AUS, not the catalog");
    assertEquals(2, summary.actorsByType().get(ActorType.PERSON));
    assertEquals(1, summary.eventsByType().get(EventType.VISIT));
    assertEquals(0, summary.eventsByType().get(EventType.SIGN));
    assertEquals(store.quadCount(), summary.quads());
  }

  @Test
  void selectFormatsAreParseable() throws IOException {
    store.replaceDocument(SampleExtractions.meetAndVisit());
    List<String> csv = query(EVENT_TYPES, ResultFormat.CSV).lines().toList();
    assertEquals("e,type", csv.get(0));
    assertEquals(3, csv.size());
    assertEquals("?e\t?type", query(EVENT_TYPES, ResultFormat.TSV).lines().findFirst().orElseThrow());
    JsonNode json = new ObjectMapper().readTree(query(EVENT_TYPES, ResultFormat.JSON));
    assertEquals("type", json.at("/head/vars/1").asText());
    assertEquals(Iris.eventType(EventType.MEET), json.at("/results/bindings/0/type/value").asText());
    String table = query(EVENT_TYPES, ResultFormat.TABLE);
    assertTrue(table.contains("eventtype:VISIT"), table);
  }

  @Test
  void askConstructAndDescribeAreWritten() throws IOException {
    store.replaceDocument(SampleExtractions.meetAndVisit());
    JsonNode ask = new ObjectMapper().readTree(query("ASK { ?e a dg:Visit }", ResultFormat.JSON));
    assertTrue(ask.get("boolean").asBoolean());
    assertTrue(query("ASK { ?e a dg:Launch }", ResultFormat.CSV).toLowerCase(java.util.Locale.ROOT).contains("false"));
    Graph constructed = turtle(query("CONSTRUCT { ?e dg:party ?p } WHERE { ?e dg:party ?p }", ResultFormat.TABLE));
    assertEquals(4, constructed.size());
    Graph described = turtle(query("DESCRIBE country:JPN", ResultFormat.JSON));
    assertTrue(described.size() >= 3);
  }

  @Test
  void badSparqlIsReported() {
    assertThrows(QueryParseException.class, () -> query("SELECT WHERE {", ResultFormat.CSV));
  }

  @Test
  void contentSurvivesClosingAndReopening() {
    store.replaceDocument(SampleExtractions.meetAndVisit());
    long quads = store.quadCount();
    store.close();
    store = GraphStore.open(dir.resolve("tdb"));
    assertEquals(quads, store.quadCount());
  }

  private boolean ask(String sparql) {
    return query(sparql, ResultFormat.CSV).toLowerCase(java.util.Locale.ROOT).contains("true");
  }

  private String query(String sparql, ResultFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.query(sparql, format, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Graph turtle(String text) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(text, Lang.TURTLE).parse(g);
    return g;
  }

  static Model ontology() {
    Model m = ModelFactory.createDefaultModel();
    RDFParser.source(GraphStoreTest.class.getClassLoader().getResourceAsStream("ontology/diplograph.ttl"))
        .lang(Lang.TURTLE).parse(m);
    return m;
  }
}
