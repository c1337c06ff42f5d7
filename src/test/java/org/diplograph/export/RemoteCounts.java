package org.diplograph.export;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.diplograph.graph.DG;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.Iris;

/**
 * The same counting queries over the local store and over a remote SPARQL endpoint: quads in the project's
 * graphs (those named under {@link Iris#ID}; a store's own system graphs are left out), and events per
 * document graph.
 */
public final class RemoteCounts {
  private static final String OURS = "FILTER(STRSTARTS(STR(?g), \"" + Iris.ID + "\"))";
  static final String QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } " + OURS + " }";
  static final String EVENTS = "SELECT ?g (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a <" + DG.Event.getURI()
      + "> } " + OURS + " } GROUP BY ?g";
  static final String GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } " + OURS + " }";

  /** Runs a SELECT query and hands its results to the consumer. */
  private interface Runner {
    void run(String query, Consumer<ResultSet> use);
  }

  private final Runner runner;

  private RemoteCounts(Runner runner) {
    this.runner = runner;
  }

  /** Counts through the SPARQL protocol at {@code queryEndpoint}. */
  public static RemoteCounts remote(String queryEndpoint) {
    return new RemoteCounts((q, use) -> {
      try (QueryExecution qe = QueryExecutionHTTP.service(queryEndpoint).query(q).build()) {
        use.accept(qe.execSelect());
      }
    });
  }

  /** Counts in the local store, each count in a read transaction. */
  public static RemoteCounts local(GraphStore store) {
    return new RemoteCounts((q, use) -> store.read(d -> {
      try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(d)).query(q).build()) {
        use.accept(qe.execSelect());
      }
      return null;
    }));
  }

  public long quads() {
    return single(QUADS);
  }

  public long graphs() {
    return single(GRAPHS);
  }

  /** Events (dg:Event) per graph IRI. */
  public Map<String, Long> eventsPerGraph() {
    Map<String, Long> out = new TreeMap<>();
    run(EVENTS, rs -> rs.forEachRemaining(row -> out.put(row.getResource("g").getURI(), row.getLiteral("n").getLong())));
    return out;
  }

  private long single(String query) {
    long[] n = new long[1];
    run(query, rs -> n[0] = rs.hasNext() ? number(rs.next()) : 0);
    return n[0];
  }

  private static long number(QuerySolution row) {
    return row.contains("n") ? row.getLiteral("n").getLong() : 0;
  }

  private void run(String query, Consumer<ResultSet> use) {
    runner.run(query, use);
  }
}
