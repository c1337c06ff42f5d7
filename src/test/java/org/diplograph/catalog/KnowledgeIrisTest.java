package org.diplograph.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/**
 * The IRIs of the knowledge files follow the shared scheme: id/country/ISO3, id/org/ACRONYM, and for persons,
 * titles and triggers the percent-encoded (RFC 3986, UTF-8) name. A failure message gives the correct IRI.
 */
class KnowledgeIrisTest {
  private static final String ID = "https://w3id.org/diplograph/id/";
  private final Model model = KnowledgeLoader.fromClasspath(KnowledgeFiles.DATA);
  private final List<String> wrong = new ArrayList<>();

  static String encode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
      }
    }
    return out.toString();
  }

  private void expect(Resource r, String iri) {
    if (!r.getURI().equals(iri)) {
      wrong.add(r.getURI() + " should be " + iri);
    }
  }

  private String zh(Resource r, Property p) {
    return r.listProperties(p).toList().stream()
        .filter(s -> s.getLiteral().getLanguage().equalsIgnoreCase("zh"))
        .map(Statement::getString)
        .findFirst()
        .orElse("");
  }

  private List<Resource> ofType(Resource type) {
    return model.listResourcesWithProperty(RDF.type, type).toList();
  }

  @Test
  void irisFollowTheSharedScheme() {
    ofType(CatalogVocabulary.COUNTRY)
        .forEach(r -> expect(r, ID + "country/" + r.getProperty(CatalogVocabulary.ISO3).getString()));
    ofType(CatalogVocabulary.ORGANIZATION)
        .forEach(r -> expect(r, ID + "org/" + r.getProperty(CatalogVocabulary.ACRONYM).getString()));
    ofType(CatalogVocabulary.PERSON).forEach(r -> expect(r, ID + "person/" + encode(zh(r, SKOS.prefLabel))));
    ofType(CatalogVocabulary.TITLE).forEach(r -> expect(r, ID + "title/" + encode(zh(r, SKOS.prefLabel))));
    ofType(CatalogVocabulary.TRIGGER).forEach(r -> expect(r, ID + "trigger/" + triggerType(r) + "/"
        + encode(zh(r, CatalogVocabulary.WORD))));
    assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
  }

  private static String triggerType(Resource r) {
    Statement type = r.getProperty(CatalogVocabulary.EVENT_TYPE);
    return type == null ? "MODALITY" : type.getResource().getLocalName();
  }
}
