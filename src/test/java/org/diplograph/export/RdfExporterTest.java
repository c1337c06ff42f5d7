package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.SampleExtractions;
import org.diplograph.graph.TripleWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RdfExporterTest {
  @TempDir Path dir;

  @Test
  void everyFormatReparsesToTheSameQuads() {
    DatasetGraph source = twoDocuments();
    long quads = Iter.count(source.find());
    long triples = source.getUnionGraph().size();
    assertTrue(triples > 50 && triples < quads, triples + " / " + quads);
    assertEquals(triples, reparseTurtle(export(source, RdfFormat.TURTLE)).size());
    for (RdfFormat f : new RdfFormat[] {RdfFormat.TRIG, RdfFormat.NQUADS, RdfFormat.JSONLD}) {
      DatasetGraph back = reparse(export(source, f), lang(f));
      assertEquals(quads, Iter.count(back.find()), f.name());
      assertEquals(2, Iter.count(back.listGraphNodes()), f.name());
    }
  }

  @Test
  void turtleIsTheUnionWithPrefixes() {
    String turtle = new String(export(twoDocuments(), RdfFormat.TURTLE), StandardCharsets.UTF_8);
    assertTrue(turtle.contains("PREFIX dg:"), turtle);
    assertTrue(turtle.contains("PREFIX wd:"), turtle);
    assertTrue(turtle.contains("country:JPN"), turtle);
    assertTrue(turtle.contains("\"馬尼拉\"@zh-Hant"), turtle);
    assertEquals(twoDocuments().getUnionGraph().size(), reparseTurtle(turtle.getBytes(StandardCharsets.UTF_8)).size());
  }

  @Test
  void exportsAStoreInEveryFormat() {
    try (GraphStore store = GraphStore.open(dir.resolve("tdb"))) {
      store.replaceDocument(SampleExtractions.meetAndVisit());
      store.replaceDocument(SampleExtractions.traditional());
      long quads = store.quadCount();
      for (RdfFormat f : new RdfFormat[] {RdfFormat.TRIG, RdfFormat.NQUADS, RdfFormat.JSONLD}) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfExporter.export(store, f, out);
        assertEquals(quads, Iter.count(reparse(out.toByteArray(), lang(f)).find()), f.name());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RdfExporter.export(store, RdfFormat.TURTLE, out);
      assertEquals(twoDocuments().getUnionGraph().size(), reparseTurtle(out.toByteArray()).size());
    }
  }

  @Test
  void aSingleGraphIsWrittenAsTheDefaultGraph() {
    Graph graph = twoDocuments().getUnionGraph();
    for (RdfFormat f : RdfFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RdfExporter.export(graph, f, out);
      DatasetGraph back = reparse(out.toByteArray(), lang(f));
      assertEquals(graph.size(), back.getDefaultGraph().size(), f.name());
    }
  }

  @Test
  void formatsParseByNameOrExtension() {
    assertEquals(RdfFormat.NQUADS, RdfFormat.parse("nq"));
    assertEquals(RdfFormat.JSONLD, RdfFormat.parse("JsonLD"));
    assertEquals(RdfFormat.TURTLE, RdfFormat.parse("ttl"));
    assertThrows(IllegalArgumentException.class, () -> RdfFormat.parse("rdfxml"));
  }

  private static DatasetGraph twoDocuments() {
    DatasetGraph dsg = DatasetGraphFactory.create();
    TripleWriter.write(SampleExtractions.meetAndVisit(), StreamRDFLib.dataset(dsg));
    TripleWriter.write(SampleExtractions.traditional(), StreamRDFLib.dataset(dsg));
    return dsg;
  }

  private static byte[] export(DatasetGraph dsg, RdfFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RdfExporter.export(dsg, format, out);
    return out.toByteArray();
  }

  private static DatasetGraph reparse(byte[] bytes, Lang lang) {
    DatasetGraph dsg = DatasetGraphFactory.create();
    RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).parse(dsg);
    return dsg;
  }

  private static Graph reparseTurtle(byte[] bytes) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.TURTLE).parse(g);
    return g;
  }

  private static Lang lang(RdfFormat f) {
    return switch (f) {
      case TURTLE -> Lang.TURTLE;
      case TRIG -> Lang.TRIG;
      case NQUADS -> Lang.NQUADS;
      case JSONLD -> Lang.JSONLD;
    };
  }
}
