package org.diplograph.catalog;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the shared vocabulary that the catalog reads; the other terms come from Jena's SKOS and ORG. */
final class CatalogVocabulary {
  static final String DG = "https://w3id.org/diplograph/ontology#";
  static final String ID = "https://w3id.org/diplograph/id/";
  static final String COUNTRY_NS = ID + "country/";
  static final String ORGANIZATION_NS = ID + "org/";
  static final String PERSON_NS = ID + "person/";
  static final String EVENT_TYPE_NS = ID + "eventtype/";
  static final String WIKIDATA_NS = "http://www.wikidata.org/entity/";

  /** The dg:frame of the words that block an event reading (plans, negation, conditions). */
  static final String MODALITY_FRAME = "modality-blocker";

  /** The dg:frame of object head nouns, which select an event type but are not triggers. */
  static final String OBJECT_FRAME = "object";

  static final Resource COUNTRY = dg("Country").asResource();
  static final Resource ORGANIZATION = dg("Organization").asResource();
  static final Resource PERSON = dg("Person").asResource();
  static final Resource TITLE = dg("Title").asResource();
  static final Resource TRIGGER = dg("Trigger").asResource();
  static final Resource OUTLET = dg("Outlet").asResource();
  static final Resource ORGAN = dg("Organ").asResource();

  static final Property ISO3 = dg("iso3");
  static final Property ISO2 = dg("iso2");
  static final Property SHORT_FORM = dg("shortForm");
  static final Property CAPITAL = dg("capital");
  static final Property CITY = dg("city");
  static final Property ACRONYM = dg("acronym");
  static final Property ACTS_FOR = dg("actsFor");
  static final Property TITLE_LITERAL = dg("title");
  static final Property TITLE_CATEGORY = dg("titleCategory");
  static final Property WORD = dg("word");
  static final Property EVENT_TYPE = dg("eventType");
  static final Property FRAME = dg("frame");
  static final Property DOMAIN = dg("domain");
  static final Property HOME_COUNTRY = dg("homeCountry");

  private CatalogVocabulary() {}

  private static Property dg(String localName) {
    return ResourceFactory.createProperty(DG + localName);
  }
}
