package org.diplograph.graph;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sys.JenaSystem;
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

  static {
    // Jena's vocabulary classes must not be the first Jena classes loaded (an initialisation cycle
    // leaves RDF.Alt null), and this class may be the first one a command touches
    JenaSystem.init();
  }

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
          .put("occurrence", Iris.ID + "occurrence/")
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

  /**
   * The full IRI of {@code text}: a prefixed name of {@link #map()} ({@code event:ab12…}) is expanded,
   * angle brackets around an IRI are removed, anything else is returned trimmed and unchanged.
   */
  public static String expand(String text) {
    String t = text.trim();
    if (t.length() >= 2 && t.startsWith("<") && t.endsWith(">")) {
      return t.substring(1, t.length() - 1).trim();
    }
    int colon = t.indexOf(':');
    if (colon > 0 && PREFIXES.containsKey(t.substring(0, colon))) {
      return PREFIXES.get(t.substring(0, colon)) + t.substring(colon + 1);
    }
    return t;
  }

  /** The shortest prefixed name of {@code iri} ({@code country:JPN}), or the IRI itself when no prefix fits. */
  public static String shorten(String iri) {
    String best = iri;
    for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
      if (iri.startsWith(e.getValue())) {
        String candidate = e.getKey() + ":" + iri.substring(e.getValue().length());
        boolean local = candidate.indexOf('/') < 0 && candidate.indexOf('#') < 0;
        best = local && candidate.length() < best.length() ? candidate : best;
      }
    }
    return best;
  }

  /** A new RIOT prefix map of {@link #map()}, for writers. */
  public static PrefixMap prefixMap() {
    return PrefixMapFactory.create(PREFIXES);
  }
}
