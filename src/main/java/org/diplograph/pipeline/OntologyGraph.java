package org.diplograph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.diplograph.catalog.Catalog;

/** The content of the store's ontology graph: the OWL vocabulary and the catalog's knowledge. */
public final class OntologyGraph {
  private static final String VOCABULARY = "ontology/diplograph.ttl";

  private OntologyGraph() {}

  /**
   * The vocabulary (from the classpath) and the catalog as one model.
   *
   * @throws UncheckedIOException if the vocabulary file is missing from the classpath
   */
  public static Model of(Catalog catalog) {
    Model model = ModelFactory.createDefaultModel();
    try (InputStream in = OntologyGraph.class.getClassLoader().getResourceAsStream(VOCABULARY)) {
      if (in == null) {
        throw new IOException(VOCABULARY + " is not on the classpath");
      }
      RDFDataMgr.read(model, in, Lang.TURTLE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + VOCABULARY, e);
    }
    model.add(catalog.asRdf());
    return model;
  }
}
