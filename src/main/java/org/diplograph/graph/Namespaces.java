package org.diplograph.graph;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes diplograph writes and reads: the W3C vocabularies, Wikidata and the instance namespaces. */
public final class Namespaces {
  /** The Wikidata entity namespace. */
  public static final String WD = "http://www.wikidata.org/entity/";

  private static final ImmutableMap<String, String> PREFIXES =
      ImmutableMap.<String, String>builder()
          .put("dg", DG.NS)
          .put("rdf", RDF.getURI())
          .put("rdfs", RDFS.getURI())
          .put("owl", OWL.getURI())
          .put("xsd", XSD.NS)
          .put("org", ORG.NS)
          .put("prov", Prov.NS)
          .put("skos", SKOS.getURI())
          .put("foaf", Foaf.NS)
          .put("sem", Sem.NS)
          .put("dcterms", DCTerms.NS)
          .put("wd", WD)
          .put("country", Iris.ID + "country/")
          .put("dgorg", Iris.ID + "org/")
          .put("person", Iris.ID + "person/")
          .put("gov", Iris.ID + "gov/")
          .put("doc", Iris.ID + "doc/")
          .put("event", Iris.ID + "event/")
          .put("evidence", Iris.ID + "evidence/")
          .put("eventtype", Iris.EVENT_TYPE_SCHEME + "/")
          .put("post", Iris.ID + "post/")
          .put("membership", Iris.ID + "membership/")
          .put("title", Iris.ID + "title/")
          .buildOrThrow();

  private Namespaces() {}

  /** Prefix to namespace, in a fixed order. */
  public static Map<String, String> map() {
    return PREFIXES;
  }

  /** A new, locked Jena prefix mapping of {@link #map()}. */
  public static PrefixMapping prefixMapping() {
    return PrefixMapping.Factory.create().setNsPrefixes(PREFIXES).lock();
  }

  /** A new RIOT prefix map of {@link #map()}, for writers. */
  public static PrefixMap prefixMap() {
    return PrefixMapFactory.create(PREFIXES);
  }
}
