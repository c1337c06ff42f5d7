package org.diplograph.export;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.Iris;

/**
 * Sends the named graphs of the local {@link GraphStore} to a remote SPARQL store, each replacing the
 * remote graph of the same name ({@link GraphPusher}): a document's graph right after it was stored, the
 * ontology graph and the occurrence graph, or the whole store (ontology first, occurrences last, so the
 * occurrences never name documents the remote store lacks). A graph is copied out of the local store in a
 * read transaction and sent after it. Not thread-safe; close it once, when done.
 */
public final class StorePusher implements Closeable {
  private final GraphPusher pusher;

  private StorePusher(GraphPusher pusher) {
    this.pusher = pusher;
  }

  /** A pusher to the target; nothing is sent yet. */
  public static StorePusher open(PushTarget target) {
    return new StorePusher(GraphPusher.open(target));
  }

  /**
   * Replaces the remote graph {@code graphIri} with {@code graph} (for the ontology graph before the
   * local store is opened, which also checks early that the endpoint takes writes).
   *
   * @throws PushException if the push fails
   */
  public void push(String graphIri, Graph graph) {
    pusher.put(graphIri, graph);
  }

  /**
   * Replaces the remote graph of the document with the local one.
   *
   * @throws PushException if the push fails
   */
  public void pushDocument(GraphStore store, String docId) {
    pushLocal(store, Iris.document(docId));
  }

  /**
   * Replaces the remote occurrence graph with the local one.
   *
   * @throws PushException if the push fails
   */
  public void pushOccurrences(GraphStore store) {
    pushLocal(store, Iris.OCCURRENCE_GRAPH);
  }

  /**
   * Pushes every named graph of the local store: the ontology graph, the documents' graphs in the
   * order of their IRIs, then the occurrence graph.
   *
   * @throws PushException at the first graph that fails; the ones before it are in the remote store
   */
  public void pushAll(GraphStore store) {
    for (String iri : graphNames(store)) {
      pushLocal(store, iri);
    }
  }

  private void pushLocal(GraphStore store, String iri) {
    pusher.put(iri, copy(store, iri));
  }

  private static Graph copy(GraphStore store, String iri) {
    Node name = NodeFactory.createURI(iri);
    return store.read(d -> {
      Graph copy = GraphFactory.createDefaultGraph();
      d.getGraph(name).find().forEach(copy::add);
      return copy;
    });
  }

  static List<String> graphNames(GraphStore store) {
    List<String> names = new ArrayList<>(store.read(d -> Iter.toList(Iter.map(d.listGraphNodes(), Node::getURI))));
    names.sort(Comparator.comparingInt(StorePusher::rank).thenComparing(Comparator.naturalOrder()));
    return names;
  }

  private static int rank(String iri) {
    if (iri.equals(Iris.ONTOLOGY_GRAPH)) {
      return 0;
    }
    return iri.equals(Iris.OCCURRENCE_GRAPH) ? 2 : 1;
  }

  /** What was pushed since this pusher was opened, and the time spent sending it. */
  public PushSummary summary() {
    return new PushSummary(pusher.target().endpoint().toString(), pusher.graphs(), pusher.triples(),
        pusher.retries(), pusher.elapsed());
  }

  /** Forgets the credentials ({@link GraphPusher#close()}). */
  @Override
  public void close() {
    pusher.close();
  }
}
