package org.diplograph.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C PROV-O terms diplograph uses, namespace {@value #NS}. */
public final class Prov {
  /** The PROV-O namespace. */
  public static final String NS = "http://www.w3.org/ns/prov#";

  public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
  public static final Property value = ResourceFactory.createProperty(NS, "value");
  public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
  public static final Property wasQuotedFrom = ResourceFactory.createProperty(NS, "wasQuotedFrom");
  public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS, "wasGeneratedBy");

  private Prov() {}
}
