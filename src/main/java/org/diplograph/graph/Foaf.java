package org.diplograph.graph;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The FOAF terms diplograph uses, namespace {@value #NS}. */
public final class Foaf {
  /** The FOAF namespace. */
  public static final String NS = "http://xmlns.com/foaf/0.1/";

  public static final Resource Person = ResourceFactory.createResource(NS + "Person");

  private Foaf() {}
}
