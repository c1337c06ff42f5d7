package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShaclCheckTest {
  private static ShaclCheck check;

  @BeforeAll
  static void loadShapes() {
    check = ShaclCheck.load();
  }

  @Test
  void writtenGraphsOfValidExtractionsConform() {
    for (var x : List.of(SampleExtractions.meetAndVisit(), SampleExtractions.traditional(),
        SampleExtractions.meetChanged())) {
      DatasetGraph dsg = TripleWriterTest.written(x);
      ShaclReport report = check.validate(dsg.getUnionGraph());
      assertTrue(report.conforms(), () -> String.join("\n", report.messages()));
    }
  }

  @Test
  void aVisitWithThreePartiesAndNoTargetDoesNotConform() {
    ShaclReport report = check.validate(fixture("broken-visit.ttl"));
    assertFalse(report.conforms());
    assertHasMessage(report, "dg:target");
    assertHasMessage(report, "two parties");
  }

  @Test
  void anEventWithoutEvidenceDoesNotConform() {
    ShaclReport report = check.validate(fixture("event-without-evidence.ttl"));
    assertFalse(report.conforms());
    assertHasMessage(report, "dg:evidence");
    assertHasMessage(report, "[0, 1]");
    assertHasMessage(report, "xsd:gYear");
    assertHasMessage(report, "dg:Country or a dg:Organization");
    assertHasMessage(report, "three capital letters");
  }

  @Test
  void aBrokenEventInsideAValidDocumentIsFound() {
    Graph g = GraphFactory.createDefaultGraph();
    TripleWriterTest.written(SampleExtractions.meetAndVisit()).getUnionGraph().find().forEach(g::add);
    fixture("broken-visit.ttl").find().forEach(g::add);
    assertFalse(check.validate(g).conforms());
  }

  private static void assertHasMessage(ShaclReport report, String part) {
    assertTrue(report.messages().stream().anyMatch(m -> m.contains(part)),
        () -> "no message with " + part + " in\n" + String.join("\n", report.messages()));
  }

  private static Graph fixture(String name) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.source(ShaclCheckTest.class.getResourceAsStream(name)).lang(org.apache.jena.riot.Lang.TURTLE).parse(g);
    return g;
  }
}
