package org.diplograph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.model.ActorType;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge graph on disk: a TDB2 dataset with one named graph per document ({@link
 * Iris#document}), one for the ontology and catalog ({@link Iris#ONTOLOGY_GRAPH}) and one derived from
 * the documents' graphs, the occurrences ({@link Iris#OCCURRENCE_GRAPH}). Every change
 * is one write transaction, so a failure leaves the previous state; reads run in read
 * transactions. SPARQL queries see the union of all named graphs as their default graph. Safe to
 * share between threads (TDB2 serialises writers); close it once, when done.
 */
public final class GraphStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GraphStore.class);
  private static final String COUNT_TYPED =
      "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a ?type } FILTER(?g != ?ontology && ?g != ?derived) }";

  private static final Node OCCURRENCES = NodeFactory.createURI(Iris.OCCURRENCE_GRAPH);

  private final Path dir;
  private final DatasetGraph dsg;
  private final Dataset dataset;

  private GraphStore(Path dir, DatasetGraph dsg) {
    this.dir = dir;
    this.dsg = dsg;
    this.dataset = DatasetFactory.wrap(dsg);
  }

  /**
   * A store held in memory only, for a copy of a remote store's data (see {@link #load}); {@link #directory()}
   * is {@code label}.
   */
  public static GraphStore inMemory(String label) {
    DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    return new GraphStore(Path.of(label), dsg);
  }

  /** Adds every quad {@code content} sends, in one write transaction. */
  public void load(Consumer<StreamRDF> content) {
    Txn.executeWrite(dsg, () -> content.accept(StreamRDFLib.dataset(dsg)));
  }

  /**
   * Opens (creating if needed) the store in {@code dir}.
   *
   * @throws GraphStoreException if the directory cannot be created or the database not opened
   *     (for example, another process holds it)
   */
  public static GraphStore open(Path dir) {
    try {
      Files.createDirectories(dir);
      DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()));
      dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
      return new GraphStore(dir, dsg);
    } catch (IOException | RuntimeException e) {
      throw new GraphStoreException("cannot open the graph store in " + dir, e);
    }
  }

  /** The store's directory. */
  public Path directory() {
    return dir;
  }

  /**
   * Replaces the named graph of the extraction's document with the extraction's triples, in one
   * write transaction: on any failure nothing changes and the exception is rethrown.
   */
  public void replaceDocument(DocumentExtraction extraction) {
    Node graph = NodeFactory.createURI(Iris.document(extraction.doc().id()));
    replaceGraph(graph, sink -> TripleWriter.write(extraction, sink));
  }

  /**
   * As {@link #replaceDocument}, and in the same transaction marks the document as not yet merged into the
   * occurrences ({@link DG#occurrencesPending}, in the occurrence graph), so that the next {@link
   * #updateOccurrences} takes it in even if this process dies before its own update: for writers that
   * update the occurrences after a batch ({@code extract}, the server's ingest).
   */
  public void replaceDocumentMarkingOccurrences(DocumentExtraction extraction) {
    Node graph = NodeFactory.createURI(Iris.document(extraction.doc().id()));
    replaceGraph(graph, sink -> {
      TripleWriter.write(extraction, sink);
      sink.quad(Quad.create(OCCURRENCES, graph, DG.occurrencesPending.asNode(), NodeFactory.createLiteralByValue(true)));
    });
  }

  /** Replaces the named graph {@code graphIri} (e.g. {@link Iris#ONTOLOGY_GRAPH}) with the model's triples. */
  public void replaceGraph(String graphIri, Model model) {
    Node graph = NodeFactory.createURI(graphIri);
    replaceGraph(graph, sink -> model.getGraph().find().forEach(t -> sink.quad(Quad.create(graph, t))));
  }

  /** Removes the named graph {@code graphIri}, if present. */
  public void removeGraph(String graphIri) {
    Node graph = NodeFactory.createURI(graphIri);
    Txn.executeWrite(dsg, () -> dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY));
  }

  /**
   * Empties {@code graph} and fills it with what {@code content} sends, in one write transaction.
   * Package-private so tests can inject a failing writer.
   */
  void replaceGraph(Node graph, Consumer<StreamRDF> content) {
    Txn.executeWrite(dsg, () -> {
      dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
      content.accept(StreamRDFLib.dataset(dsg));
    });
  }

  /**
   * Bulk-loads N-Quads files with Jena's TDB2 loader, first removing every named graph the files hold, so
   * that a document already in the store is replaced rather than doubled. The files are read twice: once
   * for the names of their graphs, once by the loader. The removal is one write transaction and the load
   * another: a file that fails to parse in the second leaves those graphs removed (load again once fixed).
   * Call {@link #rebuildOccurrences()} afterwards.
   *
   * @throws GraphStoreException naming the file, if one cannot be read or is not N-Quads
   */
  public BulkLoadSummary bulkReplace(List<Path> nquadsFiles) {
    Set<Node> graphs = new LinkedHashSet<>();
    for (Path f : nquadsFiles) {
      graphs.addAll(graphNames(f));
    }
    int replaced = Txn.calculateWrite(dsg, () -> {
      int present = 0;
      for (Node g : graphs) {
        if (dsg.containsGraph(g)) {
          present++;
          dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        }
      }
      return present;
    });
    DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> LOG.debug(String.format(fmt, args)));
    loader.startBulk();
    try {
      for (Path f : nquadsFiles) {
        load(loader, f);
      }
      loader.finishBulk();
    } catch (RuntimeException e) {
      loader.finishException(e);
      throw e;
    }
    return new BulkLoadSummary(nquadsFiles.size(), graphs.size(), replaced, loader.countQuads());
  }

  private static Set<Node> graphNames(Path file) {
    Set<Node> names = new HashSet<>();
    try (InputStream in = Files.newInputStream(file)) {
      RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
        @Override
        public void quad(Quad quad) {
          names.add(quad.getGraph());
        }
      });
    } catch (IOException | RiotException e) {
      throw new GraphStoreException("cannot read N-Quads from " + file + ": " + e.getMessage(), e);
    }
    return names;
  }

  private static void load(DataLoader loader, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      loader.loadFromInputStream(file.toString(), in, Lang.NQUADS);
    } catch (IOException | RiotException e) {
      throw new GraphStoreException("cannot load " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Rebuilds the occurrence graph ({@link Iris#OCCURRENCE_GRAPH}) from the events of all documents'
   * graphs, merged by {@link OccurrenceMerger}, in one write transaction: on any failure the previous
   * occurrence graph stays. Call it after documents were added, replaced or removed; until then the
   * occurrence graph describes the documents as they were at the last rebuild.
   *
   * @return what the new occurrence graph holds
   */
  public OccurrenceSummary rebuildOccurrences() {
    Node graph = NodeFactory.createURI(Iris.OCCURRENCE_GRAPH);
    return Txn.calculateWrite(dsg, () -> {
      List<Occurrence> occurrences = OccurrenceMerger.merge(EventMentionReader.read(dsg));
      dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
      OccurrenceWriter.write(occurrences, StreamRDFLib.dataset(dsg));
      return OccurrenceSummary.of(occurrences);
    });
  }

  /**
   * Brings the occurrence graph up to date after the documents {@code docIds} were added or replaced, in
   * one write transaction, together with every document stored since the last update and not given here
   * (a run killed before its update; see {@link #replaceDocument}): only the occurrences of the type and parties those documents' events have (now
   * or before) are merged again, so the result is the same as {@link #rebuildOccurrences()} at a cost that
   * grows with the documents given, not with the store.
   *
   * @return what the whole occurrence graph holds afterwards
   */
  public OccurrenceSummary updateOccurrences(Collection<String> docIds) {
    return Txn.calculateWrite(dsg, () -> {
      Set<String> iris = new LinkedHashSet<>();
      docIds.forEach(id -> iris.add(Iris.document(id)));
      dsg.find(OCCURRENCES, Node.ANY, DG.occurrencesPending.asNode(), Node.ANY)
          .forEachRemaining(q -> iris.add(q.getSubject().getURI()));
      OccurrenceUpdater.update(dsg, iris);
      dsg.deleteAny(OCCURRENCES, Node.ANY, DG.occurrencesPending.asNode(), Node.ANY);
      return occurrenceSummary(dsg);
    });
  }

  /** How many documents were stored since the occurrences were last merged ({@link DG#occurrencesPending}). */
  public int pendingOccurrenceDocuments() {
    return read(d -> (int) Iter.count(d.find(OCCURRENCES, Node.ANY, DG.occurrencesPending.asNode(), Node.ANY)));
  }

  /** What the occurrence graph holds. */
  public OccurrenceSummary occurrenceSummary() {
    return read(GraphStore::occurrenceSummary);
  }

  private static OccurrenceSummary occurrenceSummary(DatasetGraph d) {
    Node g = NodeFactory.createURI(Iris.OCCURRENCE_GRAPH);
    long occurrences = Iter.count(d.find(g, Node.ANY, DG.mentionCount.asNode(), Node.ANY));
    long mentions = Iter.count(d.find(g, Node.ANY, DG.mention.asNode(), Node.ANY));
    long documents = Iter.asStream(d.find(g, Node.ANY, Prov.wasDerivedFrom.asNode(), Node.ANY))
        .map(Quad::getObject).distinct().count();
    long several = Iter.asStream(d.find(g, Node.ANY, DG.sourceCount.asNode(), Node.ANY))
        .filter(q -> ((Number) q.getObject().getLiteralValue()).intValue() > 1).count();
    return new OccurrenceSummary((int) occurrences, (int) mentions, (int) documents, (int) several);
  }

  /** The stored content hash of a document, empty when the document is not in the store. */
  public Optional<String> contentHash(String docId) {
    return documentLiteral(docId, DG.contentHash.asNode());
  }

  /** The version of the extractor that wrote the document's graph, if the store holds the document. */
  public Optional<String> extractorVersion(String docId) {
    return documentLiteral(docId, DG.extractorVersion.asNode());
  }

  private Optional<String> documentLiteral(String docId, Node property) {
    Node doc = NodeFactory.createURI(Iris.document(docId));
    return read(d -> d.stream(doc, doc, property, Node.ANY)
        .map(q -> q.getObject().getLiteralLexicalForm())
        .findFirst());
  }

  /** Runs {@code action} on the dataset in a read transaction and returns its result. */
  public <T> T read(Function<DatasetGraph, T> action) {
    return Txn.calculateRead(dsg, () -> action.apply(dsg));
  }

  /** The number of quads in all graphs. */
  public long quadCount() {
    return read(d -> Iter.count(d.find()));
  }

  /** Counts of documents, actors and events in the documents' graphs (occurrences not included). */
  public StoreSummary summary() {
    return read(d -> {
      Map<ActorType, Long> actors = new EnumMap<>(ActorType.class);
      for (ActorType t : ActorType.values()) {
        actors.put(t, countTyped(DG.actorClass(t)));
      }
      Map<EventType, Long> events = new EnumMap<>(EventType.class);
      for (EventType t : EventType.values()) {
        events.put(t, countTyped(DG.eventClass(t)));
      }
      return new StoreSummary(Iter.count(d.find()), countTyped(DG.Document), actors, events);
    });
  }

  private long countTyped(RDFNode type) {
    try (QueryExecution qe = QueryExecution.dataset(dataset).query(COUNT_TYPED)
        .substitution("type", type)
        .substitution("ontology", ResourceFactory.createResource(Iris.ONTOLOGY_GRAPH))
        .substitution("derived", ResourceFactory.createResource(Iris.OCCURRENCE_GRAPH))
        .build()) {
      QuerySolution row = qe.execSelect().next();
      return row.getLiteral("n").getLong();
    }
  }

  /**
   * Runs a SPARQL query over the union of all graphs and writes the result to {@code out}: SELECT
   * and ASK results in {@code format}, CONSTRUCT and DESCRIBE results as Turtle. The prefixes of
   * {@link Namespaces} are predeclared.
   *
   * @throws org.apache.jena.query.QueryParseException if the query is not valid SPARQL
   * @throws UncheckedIOException if writing to {@code out} fails
   */
  public void query(String sparql, ResultFormat format, OutputStream out) {
    Query query = parse(sparql);
    read(d -> {
      try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
        QueryResultWriter.write(qe, format, out);
      }
      return null;
    });
  }

  /** Parses SPARQL with the {@link Namespaces} prefixes predeclared. */
  public static Query parse(String sparql) {
    Query query = new Query();
    query.getPrefixMapping().setNsPrefixes(Namespaces.map());
    return QueryFactory.parse(query, sparql, null, Syntax.syntaxSPARQL_11);
  }

  /**
   * The underlying dataset, for the SPARQL server. Callers must use transactions; its context
   * makes the default graph of queries the union of the named graphs.
   */
  public DatasetGraph datasetGraph() {
    return dsg;
  }

  /**
   * Compacts the database (TDB2 keeps every transaction's copy-on-write blocks until then): the live data
   * is copied into a new generation and the old one deleted. The content is unchanged.
   */
  public void compact() {
    DatabaseMgr.compact(dsg, true);
  }

  /** Releases the database files; neither the store nor its {@link #datasetGraph()} may be used afterwards. */
  @Override
  public void close() {
    TDBInternal.expel(dsg);
  }
}
