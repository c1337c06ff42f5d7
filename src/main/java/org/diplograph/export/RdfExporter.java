package org.diplograph.export;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.Namespaces;

/**
 * Writes the knowledge graph as Turtle (the union of all graphs, pretty, with the {@link
 * Namespaces} prefixes), TriG or N-Quads (streamed, named graphs kept) or JSON-LD (named graphs
 * kept). Stateless and thread-safe; the caller owns and closes {@code out}. Turtle and JSON-LD build
 * the whole graph in memory first.
 */
public final class RdfExporter {
  private RdfExporter() {}

  /** Writes the whole store, inside one read transaction. */
  public static void export(GraphStore store, RdfFormat format, OutputStream out) {
    store.read(dsg -> {
      export(dsg, format, out);
      return null;
    });
  }

  /** Writes a dataset; the caller holds a read transaction if the dataset is transactional. */
  public static void export(DatasetGraph dataset, RdfFormat format, OutputStream out) {
    switch (format) {
      case TURTLE -> writeTurtle(union(dataset), out);
      case TRIG -> stream(dataset, RDFFormat.TRIG_BLOCKS, out);
      case NQUADS -> stream(dataset, RDFFormat.NQUADS, out);
      case JSONLD -> RDFDataMgr.write(out, prefixedCopy(dataset), RDFFormat.JSONLD);
    }
  }

  /** Writes one graph; in the formats that keep graphs it is the default graph. */
  public static void export(Graph graph, RdfFormat format, OutputStream out) {
    if (format == RdfFormat.TURTLE) {
      Graph copy = GraphFactory.createDefaultGraph();
      graph.find().forEach(copy::add);
      writeTurtle(copy, out);
    } else {
      export(DatasetGraphFactory.wrap(graph), format, out);
    }
  }

  private static Graph union(DatasetGraph dataset) {
    Graph union = GraphFactory.createDefaultGraph();
    dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
    return union;
  }

  private static void writeTurtle(Graph graph, OutputStream out) {
    graph.getPrefixMapping().setNsPrefixes(Namespaces.map());
    RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
  }

  private static void stream(DatasetGraph dataset, RDFFormat format, OutputStream out) {
    StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
    writer.start();
    Namespaces.map().forEach(writer::prefix);
    dataset.find().forEachRemaining(writer::quad);
    writer.finish();
  }

  private static DatasetGraph prefixedCopy(DatasetGraph dataset) {
    DatasetGraph copy = DatasetGraphFactory.create();
    dataset.find().forEachRemaining(copy::add);
    copy.prefixes().putAll(Namespaces.prefixMap());
    return copy;
  }
}
