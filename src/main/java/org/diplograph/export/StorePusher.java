package org.diplograph.export;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
 * read transaction and sent after it. With a {@link PushLedger}, it also deletes from the remote store the
 * graphs it pushed before that the local store no longer has ({@link #deleteGone}), and records what the
 * remote store holds when closed. Not thread-safe; close it once, when done.
 */
public final class StorePusher implements Closeable {
  private final GraphPusher pusher;
  private final Optional<PushLedger> ledger;
  /** What the remote store holds from this store, as far as the ledger and this run know. */
  private final Set<String> remote;

  private StorePusher(GraphPusher pusher, Optional<PushLedger> ledger) {
    this.pusher = pusher;
    this.ledger = ledger;
    this.remote = new TreeSet<>(ledger.map(PushLedger::read).orElse(Set.of()));
  }

  /** A pusher to the target that keeps no ledger (deletes nothing); nothing is sent yet. */
  public static StorePusher open(PushTarget target) {
    return new StorePusher(GraphPusher.open(target), Optional.empty());
  }

  /**
   * A pusher to the target that reads {@code ledger} now and writes it when closed; nothing is sent yet.
   *
   * @throws java.io.UncheckedIOException if the ledger exists but cannot be read
   */
  public static StorePusher open(PushTarget target, PushLedger ledger) {
    return new StorePusher(GraphPusher.open(target), Optional.of(ledger));
  }

  /**
   * Replaces the remote graph {@code graphIri} with {@code graph} (for the ontology graph before the
   * local store is opened, which also checks early that the endpoint takes writes).
   *
   * @throws PushException if the push fails
   */
  public void push(String graphIri, Graph graph) {
    pusher.put(graphIri, graph);
    remote.add(graphIri);
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
   * order of their IRIs, then (after {@link #deleteGone deleting} the graphs the local store no longer has)
   * the occurrence graph.
   *
   * @throws PushException at the first graph that fails; the ones before it are in the remote store
   */
  public void pushAll(GraphStore store) {
    List<String> names = graphNames(store);
    for (String iri : names) {
      if (!iri.equals(Iris.OCCURRENCE_GRAPH)) {
        pushLocal(store, iri);
      }
    }
    deleteGone(store);
    if (names.contains(Iris.OCCURRENCE_GRAPH)) {
      pushLocal(store, Iris.OCCURRENCE_GRAPH);
    }
  }

  /**
   * Deletes from the remote store the graphs this store pushed before (by the ledger) that it no longer
   * has: a document dropped from the local store leaves the remote one too. Does nothing without a ledger.
   * Push the occurrence graph after it, so the remote occurrences no longer name the deleted documents.
   *
   * @return the IRIs of the deleted graphs
   * @throws PushException at the first graph that cannot be deleted
   */
  public List<String> deleteGone(GraphStore store) {
    Set<String> local = new HashSet<>(graphNames(store));
    List<String> gone = remote.stream().filter(iri -> !local.contains(iri)).toList();
    for (String iri : gone) {
      pusher.delete(iri);
      remote.remove(iri);
    }
    return gone;
  }

  private void pushLocal(GraphStore store, String iri) {
    pusher.put(iri, copy(store, iri));
    remote.add(iri);
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
        pusher.deleted(), pusher.retries(), pusher.elapsed());
  }

  /**
   * Records in the ledger, if any, what the remote store now holds from this store (also after a failed
   * push: what was sent before the failure is there), and forgets the credentials ({@link GraphPusher#close()}).
   *
   * @throws java.io.UncheckedIOException if the ledger cannot be written
   */
  @Override
  public void close() {
    try {
      ledger.ifPresent(l -> l.write(remote));
    } finally {
      pusher.close();
    }
  }
}
