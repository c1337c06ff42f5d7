package org.diplograph.export;

import java.nio.file.Path;
import org.diplograph.catalog.Catalog;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.Iris;
import org.diplograph.graph.SampleExtractions;
import org.diplograph.pipeline.OntologyGraph;

/** A local store for the push tests: the ontology graph, three hand-made documents and their occurrences. */
public final class PushFixtures {
  private PushFixtures() {}

  /** Creates and fills the store in {@code dir}; the caller closes it. */
  public static GraphStore store(Path dir) {
    GraphStore store = GraphStore.open(dir);
    store.replaceGraph(Iris.ONTOLOGY_GRAPH, OntologyGraph.of(Catalog.loadDefault()));
    store.replaceDocument(SampleExtractions.meetAndVisit());
    store.replaceDocument(SampleExtractions.traditional());
    store.replaceDocument(SampleExtractions.report());
    store.rebuildOccurrences();
    return store;
  }
}
