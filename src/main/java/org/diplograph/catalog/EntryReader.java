package org.diplograph.catalog;

import static org.diplograph.catalog.CatalogVocabulary.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.model.ActorId;
import org.diplograph.model.EventType;

/**
 * Turns the knowledge model into catalog entries. Chinese names are the literals tagged {@code zh} or
 * {@code zh-Hans}; {@code zh-Hant} literals are kept in the RDF only, because the files store the simplified
 * conversion of every traditional name beside it. Not thread-safe; used once per load.
 */
final class EntryReader {
  /** An English label that is one word of at most ten characters counts as an acronym (NATO, Quad, G-7). */
  private static final Pattern ACRONYM_LIKE = Pattern.compile("[A-Z0-9][A-Za-z0-9+.\\-]{0,9}");

  private final Model model;

  EntryReader(Model model) {
    this.model = model;
  }

  /** The countries, sorted by ISO code. */
  List<CountryEntry> countries() {
    checkEveryDescribedResourceIsTyped(COUNTRY_NS, COUNTRY);
    return subjects(COUNTRY).stream().map(this::country).toList();
  }

  /** The organizations, sorted by key. */
  List<OrganizationEntry> organizations() {
    checkEveryDescribedResourceIsTyped(ORGANIZATION_NS, ORGANIZATION);
    return subjects(ORGANIZATION).stream().map(this::organization).toList();
  }

  /** The persons, sorted by IRI. */
  List<PersonEntry> persons() {
    return subjects(PERSON).stream().map(this::person).toList();
  }

  /** The titles, sorted by IRI. */
  List<TitleEntry> titles() {
    return subjects(TITLE).stream().map(this::title).toList();
  }

  /** One entry per trigger word and frame, object nouns included, modality blockers left out. */
  List<TriggerEntry> triggers() {
    List<TriggerEntry> out = new ArrayList<>();
    for (Resource r : subjects(TRIGGER)) {
      String word = required(r, WORD);
      Optional<EventType> type = eventType(r);
      for (String frame : strings(r, FRAME)) {
        if (type.isPresent() && !frame.equals(MODALITY_FRAME)) {
          out.add(TriggerEntry.of(type.get(), word, frame));
        }
      }
    }
    return out;
  }

  /** The words of every kind of state organ (外交部, 外务省, 大使馆 …). */
  Set<String> organWords() {
    Set<String> out = new LinkedHashSet<>();
    for (Resource r : subjects(ORGAN)) {
      out.addAll(chineseNames(r));
    }
    return out;
  }

  /** The home country of every outlet domain. */
  Map<String, ActorId> outletDomains() {
    Map<String, ActorId> out = new java.util.TreeMap<>();
    for (Resource r : subjects(OUTLET)) {
      if (!r.hasProperty(HOME_COUNTRY)) {
        throw new CatalogException(r.getURI(), "outlet without dg:homeCountry");
      }
      ActorId home = actorOf(r.getProperty(HOME_COUNTRY).getObject(), r);
      strings(r, DOMAIN).forEach(d -> out.put(d.toLowerCase(java.util.Locale.ROOT), home));
    }
    return out;
  }

  /** The words of the triggers with the frame {@code modality-blocker}. */
  Set<String> modalityWords() {
    Set<String> out = new LinkedHashSet<>();
    for (Resource r : subjects(TRIGGER)) {
      if (strings(r, FRAME).contains(MODALITY_FRAME)) {
        out.add(required(r, WORD));
      }
    }
    return out;
  }

  private CountryEntry country(Resource r) {
    String nameZh = prefLabel(r, "zh");
    Set<String> names = new LinkedHashSet<>(chineseNames(r));
    names.addAll(englishNames(r));
    return CountryEntry.of(
        ActorId.country(required(r, ISO3)),
        required(r, ISO2),
        nameZh,
        prefLabel(r, "en"),
        names,
        strings(r, SHORT_FORM),
        strings(r, CAPITAL),
        strings(r, CITY),
        wikidata(r));
  }

  private OrganizationEntry organization(Resource r) {
    Set<String> acronyms = new LinkedHashSet<>(strings(r, ACRONYM));
    englishNames(r).stream().filter(ACRONYM_LIKE.asMatchPredicate()).forEach(acronyms::add);
    Set<String> names = new LinkedHashSet<>(chineseNames(r));
    names.addAll(englishNames(r));
    names.addAll(acronyms);
    Set<ActorId> members = new LinkedHashSet<>();
    r.listProperties(ORG.hasMember).forEachRemaining(s -> members.add(actorOf(s.getObject(), r)));
    return OrganizationEntry.of(
        ActorId.organization(required(r, ACRONYM)),
        prefLabel(r, "zh"),
        prefLabel(r, "en"),
        names,
        acronyms,
        members,
        wikidata(r));
  }

  private PersonEntry person(Resource r) {
    String nameZh = prefLabel(r, "zh");
    Set<String> names = new LinkedHashSet<>(chineseNames(r));
    names.addAll(englishNames(r));
    Statement actsFor = r.getProperty(ACTS_FOR);
    if (actsFor == null) {
      throw new CatalogException(r.getURI(), "person without dg:actsFor");
    }
    return PersonEntry.of(
        ActorId.person(nameZh),
        nameZh,
        names,
        actorOf(actsFor.getObject(), r),
        required(r, TITLE_LITERAL),
        wikidata(r));
  }

  private TitleEntry title(Resource r) {
    String label = prefLabel(r, "zh");
    Set<String> alt = new LinkedHashSet<>(chineseNames(r));
    alt.remove(label);
    return TitleEntry.of(label, alt, required(r, TITLE_CATEGORY));
  }

  private Optional<EventType> eventType(Resource r) {
    Statement s = r.getProperty(EVENT_TYPE);
    if (s == null) {
      return Optional.empty();
    }
    String iri = s.getObject().isURIResource() ? s.getResource().getURI() : "";
    if (!iri.startsWith(EVENT_TYPE_NS)) {
      throw new CatalogException(r.getURI(), "dg:eventType is not an event type concept: " + s.getObject());
    }
    try {
      return Optional.of(EventType.valueOf(iri.substring(EVENT_TYPE_NS.length())));
    } catch (IllegalArgumentException e) {
      throw new CatalogException(r.getURI(), "unknown event type " + iri, e);
    }
  }

  private ActorId actorOf(RDFNode node, Resource referrer) {
    String iri = node.isURIResource() ? node.asResource().getURI() : "";
    if (iri.startsWith(COUNTRY_NS)) {
      return ActorId.country(iri.substring(COUNTRY_NS.length()));
    }
    if (iri.startsWith(ORGANIZATION_NS)) {
      return ActorId.organization(iri.substring(ORGANIZATION_NS.length()));
    }
    throw new CatalogException(referrer.getURI(), "not a country or organization: " + node);
  }

  private List<Resource> subjects(Resource type) {
    List<Resource> out = new ArrayList<>(model.listResourcesWithProperty(RDF.type, type).toList());
    out.sort(Comparator.comparing(Resource::getURI));
    return out;
  }

  /** Catches curated statements on a mistyped IRI (country:XYZ), which would otherwise be ignored. */
  private void checkEveryDescribedResourceIsTyped(String namespace, Resource type) {
    model.listSubjects().forEachRemaining(s -> {
      if (s.isURIResource() && s.getURI().startsWith(namespace) && !s.hasProperty(RDF.type, type)) {
        throw new CatalogException(s.getURI(), "described but not typed " + type.getLocalName());
      }
    });
  }

  private Set<String> chineseNames(Resource r) {
    return labels(r, lang -> lang.equals("zh") || lang.equals("zh-hans"));
  }

  private Set<String> englishNames(Resource r) {
    return labels(r, lang -> lang.equals("en") || lang.startsWith("en-"));
  }

  private Set<String> labels(Resource r, Predicate<String> language) {
    Set<String> out = new LinkedHashSet<>();
    for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel)) {
      r.listProperties(p).forEachRemaining(s -> {
        if (s.getObject().isLiteral() && language.test(lang(s.getLiteral()))) {
          out.add(s.getString());
        }
      });
    }
    return out;
  }

  private String prefLabel(Resource r, String language) {
    return r.listProperties(SKOS.prefLabel).toList().stream()
        .filter(s -> s.getObject().isLiteral() && lang(s.getLiteral()).equals(language))
        .map(Statement::getString)
        .findFirst()
        .orElseThrow(() -> new CatalogException(r.getURI(), "no skos:prefLabel @" + language));
  }

  private static String lang(Literal literal) {
    return literal.getLanguage().toLowerCase(Locale.ROOT);
  }

  private String required(Resource r, Property p) {
    Statement s = r.getProperty(p);
    if (s == null || !s.getObject().isLiteral()) {
      throw new CatalogException(r.getURI(), "no " + p.getLocalName() + " literal");
    }
    return s.getString();
  }

  private static Set<String> strings(Resource r, Property p) {
    Set<String> out = new LinkedHashSet<>();
    r.listProperties(p).forEachRemaining(s -> {
      if (s.getObject().isLiteral()) {
        out.add(s.getString());
      }
    });
    return out;
  }

  private static Optional<String> wikidata(Resource r) {
    return r.listProperties(SKOS.exactMatch).toList().stream()
        .map(Statement::getObject)
        .filter(o -> o.isURIResource() && o.asResource().getURI().startsWith(WIKIDATA_NS))
        .map(o -> o.asResource().getURI().substring(WIKIDATA_NS.length()))
        .findFirst();
  }
}
