package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.model.ActorType;
import org.diplograph.model.EventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps ontology/diplograph.ttl, the EventType enum and the DG constants in step. */
class OntologyDriftTest {
  private static Model ontology;

  @BeforeAll
  static void load() {
    ontology = GraphStoreTest.ontology();
  }

  @Test
  void everyEventTypeHasItsConceptWithTheEnumsCodes() {
    Resource scheme = ontology.createResource(Iris.EVENT_TYPE_SCHEME);
    for (EventType t : EventType.values()) {
      Resource c = ontology.createResource(Iris.eventType(t));
      assertTrue(c.hasProperty(RDF.type, SKOS.Concept), t.name());
      assertTrue(c.hasProperty(SKOS.inScheme, scheme), t.name());
      assertEquals(t.name(), string(c, SKOS.notation));
      assertEquals(t.cameo(), string(c, DG.cameoCode), t.name());
      assertEquals(t.plover(), string(c, DG.ploverCode), t.name());
      assertLabels(c, SKOS.prefLabel);
      assertTrue(c.hasProperty(SKOS.definition), t.name());
    }
    assertEquals(EventType.values().length, ontology.listSubjectsWithProperty(SKOS.inScheme, scheme).toList().size());
  }

  @Test
  void everyEventClassIsNamedForItsTypeAndLinkedToItsConcept() {
    for (EventType t : EventType.values()) {
      Resource cls = DG.eventClass(t);
      assertEquals(t.className(), cls.getLocalName());
      assertTrue(ontology.contains(cls, RDFS.subClassOf, DG.Event), t.name());
      assertTrue(ontology.contains(cls, DG.eventTypeConcept, ontology.createResource(Iris.eventType(t))), t.name());
    }
    for (ActorType t : ActorType.values()) {
      assertEquals(t.label(), DG.actorClass(t).getLocalName());
      assertTrue(ontology.contains(DG.actorClass(t), RDFS.subClassOf, DG.Actor), t.name());
    }
  }

  @Test
  void everyConstantIsDeclaredWithEnglishAndChineseLabelsAndAComment() throws IllegalAccessException {
    for (Resource term : constants()) {
      Resource r = ontology.createResource(term.getURI());
      boolean declared = r.hasProperty(RDF.type, OWL.Class) || r.hasProperty(RDF.type, OWL.ObjectProperty)
          || r.hasProperty(RDF.type, OWL.DatatypeProperty) || r.hasProperty(RDF.type, OWL.AnnotationProperty);
      assertTrue(declared, "not declared: " + term);
      assertLabels(r, RDFS.label);
      assertTrue(r.hasProperty(RDFS.comment), "no comment: " + term);
    }
  }

  @Test
  void theOntologyDeclaresNoTermWithoutAConstant() throws IllegalAccessException {
    List<String> constants = constants().stream().map(Resource::getURI).toList();
    ontology.listSubjects().forEach(s -> {
      if (s.isURIResource() && s.getURI().startsWith(DG.NS)) {
        assertTrue(constants.contains(s.getURI()), "no DG constant for " + s);
      }
    });
  }

  @Test
  void theOntologyHeaderHasVersionAndLicence() {
    Resource header = ontology.createResource(DG.ONTOLOGY.getURI());
    assertTrue(header.hasProperty(RDF.type, OWL.Ontology));
    assertTrue(header.hasProperty(OWL.versionInfo));
    assertTrue(header.hasProperty(org.apache.jena.vocabulary.DCTerms.license,
        ontology.createResource("https://spdx.org/licenses/GPL-3.0-or-later")));
  }

  private static List<Resource> constants() throws IllegalAccessException {
    List<Resource> terms = new ArrayList<>();
    for (Field f : DG.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())
          && !f.getName().equals("ONTOLOGY")) {
        terms.add((Resource) f.get(null));
      }
    }
    assertFalse(terms.isEmpty());
    return terms;
  }

  private static void assertLabels(Resource r, Property labelProperty) {
    List<String> langs = r.listProperties(labelProperty).mapWith(Statement::getObject)
        .filterKeep(RDFNode::isLiteral).mapWith(n -> ((Literal) n).getLanguage()).toList();
    assertTrue(langs.contains("en") && langs.contains("zh"), "labels of " + r + ": " + langs);
  }

  private static String string(Resource r, Property p) {
    Statement s = r.getProperty(p);
    assertTrue(s != null, r + " has no " + p);
    return s.getString();
  }
}
