package org.diplograph.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The Simple Event Model (SEM) terms diplograph uses, namespace {@value #NS}. */
public final class Sem {
  /** The SEM namespace. */
  public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";

  public static final Resource Event = ResourceFactory.createResource(NS + "Event");
  public static final Property hasActor = ResourceFactory.createProperty(NS, "hasActor");
  public static final Property hasTimeStamp = ResourceFactory.createProperty(NS, "hasTimeStamp");

  private Sem() {}
}
