package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.model.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** N-Quads text of a document, and the bulk load of such texts that replaces documents' graphs. */
class BulkReplaceTest {
  @TempDir Path dir;

  @Test
  void theNQuadsTextHoldsTheQuadsOfTheTripleWriterWithoutBlankNodes() {
    DocumentExtraction x = SampleExtractions.meetAndVisit();
    DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
    RDFParser.fromString(NQuadsText.of(x), Lang.NQUADS).parse(parsed);
    DatasetGraph written = DatasetGraphFactory.createTxnMem();
    TripleWriter.write(x, StreamRDFLib.dataset(written));
    assertEquals(List.of(NodeFactory.createURI(Iris.document(x.doc().id()))), org.apache.jena.atlas.iterator.Iter.toList(parsed.listGraphNodes()));
    Graph text = parsed.getGraph(NodeFactory.createURI(Iris.document(x.doc().id())));
    Graph direct = written.getGraph(NodeFactory.createURI(Iris.document(x.doc().id())));
    assertTrue(direct.size() > 50);
    assertEquals(direct.size(), text.size());
    assertTrue(direct.isIsomorphicWith(text));
    assertFalse(parsed.stream().anyMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank()));
  }

  @Test
  void loadingReplacesTheGraphsOfDocumentsAlreadyPresentAndKeepsTheOthers() throws IOException {
    DocumentExtraction a = SampleExtractions.meetAndVisit();
    DocumentExtraction b = SampleExtractions.report();
    Path part = Files.writeString(dir.resolve("part-00000"), NQuadsText.of(a) + NQuadsText.of(b),
        StandardCharsets.UTF_8);
    try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
      store.replaceDocument(a);
      long a0 = store.quadCount();
      store.replaceGraph(Iris.document("other"), org.apache.jena.rdf.model.ModelFactory.createDefaultModel()
          .add(org.apache.jena.rdf.model.ResourceFactory.createResource("urn:x"),
              org.apache.jena.vocabulary.RDFS.label, "kept"));
      BulkLoadSummary s = store.bulkReplace(List.of(part));
      assertEquals(new BulkLoadSummary(1, 2, 1, s.quads()), s);
      assertTrue(s.quads() > a0);
      long loaded = store.quadCount();
      assertEquals(loaded, s.quads() + 1);
      assertEquals(loaded, store.bulkReplace(List.of(part)).quads() + 1);
      assertEquals(loaded, store.quadCount());
      assertEquals(2, store.summary().documents());
    }
  }

  @Test
  void aFileThatIsNotNQuadsIsNamedInTheError() throws IOException {
    Path bad = Files.writeString(dir.resolve("part-00001"), "this is not N-Quads\n", StandardCharsets.UTF_8);
    try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
      GraphStoreException e = assertThrows(GraphStoreException.class, () -> store.bulkReplace(List.of(bad)));
      assertTrue(e.getMessage().contains("part-00001"), e.getMessage());
    }
  }

  private static Graph graphOf(GraphStore store, String iri) {
    return store.read(d -> {
      Graph copy = GraphFactory.createDefaultGraph();
      d.getGraph(NodeFactory.createURI(iri)).find().forEachRemaining(copy::add);
      return copy;
    });
  }
}
