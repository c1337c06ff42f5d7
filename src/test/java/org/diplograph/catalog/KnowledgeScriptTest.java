package org.diplograph.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.model.ActorId;
import org.diplograph.model.EventType;
import org.junit.jupiter.api.Test;

/** Matching runs on text converted to simplified characters, so every stored name must survive that conversion. */
class KnowledgeScriptTest {
  private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
  private final Catalog catalog = Catalog.loadDefault();

  private static String simplified(String text) {
    return TO_SIMPLIFIED.transliterate(text);
  }

  private Set<String> everyLookupString() {
    Set<String> all = new HashSet<>(catalog.surfaceForms());
    catalog.triggers().forEach(t -> all.add(t.word()));
    all.addAll(catalog.modalityWords());
    for (EventType type : EventType.values()) {
      all.addAll(catalog.objectNouns(type));
    }
    return all;
  }

  @Test
  void everyNameIsItsOwnSimplifiedConversion() {
    List<String> changed = new ArrayList<>();
    for (String name : everyLookupString()) {
      if (!simplified(name).equals(name)) {
        changed.add(name + " -> " + simplified(name));
      }
    }
    assertTrue(changed.isEmpty(), () -> "names changed by Traditional-Simplified: " + changed);
  }

  @Test
  void everyTraditionalLabelHasItsSimplifiedConversionBeside() {
    Model model = catalog.asRdf();
    List<String> missing = new ArrayList<>();
    model.listStatements().forEachRemaining(s -> {
      if (isLabel(s) && language(s).equals("zh-hant")) {
        String converted = simplified(s.getString());
        if (!simplifiedLabels(s.getSubject()).contains(converted)) {
          missing.add(s.getSubject().getURI() + " " + s.getString() + " -> " + converted);
        }
      }
    });
    assertTrue(missing.isEmpty(), () -> "traditional labels without their simplified form: " + missing);
  }

  @Test
  void traditionalTextFindsActorsAfterConversion() {
    assertEquals(ActorId.organization("ASEAN"), catalog.organizationByName(simplified("東協")).orElseThrow().id());
    assertEquals(ActorId.organization("ASEAN"), catalog.organizationByName(simplified("東盟")).orElseThrow().id());
    assertEquals("NZL", catalog.countryByName(simplified("紐西蘭")).orElseThrow().iso3());
    assertEquals("KOR", catalog.countryByName(simplified("南韓")).orElseThrow().iso3());
    assertEquals("TWN", catalog.countryByName(simplified("臺灣")).orElseThrow().iso3());
    assertEquals("USA", catalog.personByName(simplified("龐培歐")).orElseThrow().actsFor().key());
  }

  private static boolean isLabel(Statement s) {
    return (s.getPredicate().equals(SKOS.prefLabel) || s.getPredicate().equals(SKOS.altLabel))
        && s.getObject().isLiteral();
  }

  private static String language(Statement s) {
    return s.getLiteral().getLanguage().toLowerCase(Locale.ROOT);
  }

  private static Set<String> simplifiedLabels(Resource subject) {
    Set<String> out = new HashSet<>();
    for (var p : List.of(SKOS.prefLabel, SKOS.altLabel)) {
      subject.listProperties(p).forEachRemaining(s -> {
        String lang = language(s);
        if (lang.equals("zh") || lang.equals("zh-hans")) {
          out.add(s.getString());
        }
      });
    }
    return out;
  }
}
