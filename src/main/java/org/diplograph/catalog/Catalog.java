package org.diplograph.catalog;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.diplograph.model.ActorId;
import org.diplograph.model.EventType;

/**
 * The curated knowledge: countries, organizations, persons, titles of office and event trigger words, loaded
 * from the Turtle files of {@code ontology/} listed in {@link KnowledgeFiles#DATA}.
 *
 * <p>Lookups take SIMPLIFIED text (convert traditional text first) and compare names after removing spaces,
 * middle dots and dashes and folding case and full-width forms. They return empty results, never null.
 *
 * <p>Immutable and thread-safe once loaded; load it once and share it.
 */
public final class Catalog {
  private static final Comparator<TriggerEntry> TRIGGER_ORDER =
      Comparator.comparing(TriggerEntry::type)
          .thenComparing(TriggerEntry::word)
          .thenComparing(TriggerEntry::frame);

  private final Map<ActorId, CountryEntry> countries;
  private final NameIndex<CountryEntry> countryNames;
  private final NameIndex<CountryEntry> countryShortForms;
  private final NameIndex<CountryEntry> countryCapitals;
  private final NameIndex<CountryEntry> countryCities;
  private final Map<ActorId, OrganizationEntry> organizations;
  private final NameIndex<OrganizationEntry> organizationNames;
  private final Map<ActorId, PersonEntry> persons;
  private final NameIndex<PersonEntry> personNames;
  private final List<TitleEntry> titles;
  private final NameIndex<TitleEntry> titleNames;
  private final List<TriggerEntry> triggers;
  private final Map<EventType, List<TriggerEntry>> triggersByType;
  private final Map<EventType, Set<String>> objectNouns;
  private final Set<String> modalityWords;
  private final Set<String> surfaceForms;
  private final List<Triple> triples;
  private final Map<String, ActorId> outletDomains;
  private final Set<String> organWords;

  private Catalog(Model model) {
    EntryReader reader = new EntryReader(model);
    countries = byId(reader.countries(), CountryEntry::id);
    countryNames = index("country names", countries.values(), CountryEntry::names, CountryEntry::id);
    countryShortForms = index("short forms", countries.values(), CountryEntry::shortForms, CountryEntry::id);
    countryCapitals = index("capitals", countries.values(), CountryEntry::capitals, CountryEntry::id);
    countryCities = index("cities", countries.values(), CountryEntry::cities, CountryEntry::id);
    organizations = byId(reader.organizations(), OrganizationEntry::id);
    organizationNames = index("organization names", organizations.values(), OrganizationEntry::names, OrganizationEntry::id);
    persons = byId(reader.persons(), PersonEntry::id);
    personNames = index("person names", persons.values(), PersonEntry::names, PersonEntry::id);
    titles = reader.titles();
    titleNames = index("titles", titles, Catalog::titleLabels, TitleEntry::label);
    List<TriggerEntry> all = reader.triggers().stream().sorted(TRIGGER_ORDER).toList();
    triggers = all.stream().filter(t -> !isObjectNoun(t)).toList();
    triggersByType = groupByType(triggers);
    objectNouns = objectNounsByType(all);
    modalityWords = Set.copyOf(reader.modalityWords());
    surfaceForms = collectSurfaceForms();
    outletDomains = Map.copyOf(reader.outletDomains());
    organWords = Set.copyOf(reader.organWords());
    triples = List.copyOf(model.getGraph().find().toList());
    checkReferences();
  }

  /**
   * Loads the knowledge files from the classpath folder {@code ontology/}.
   *
   * @throws CatalogException naming the file or resource that is missing, malformed or inconsistent
   */
  public static Catalog loadDefault() {
    return new Catalog(KnowledgeLoader.fromClasspath(KnowledgeFiles.DATA));
  }

  /**
   * Loads the knowledge files from a folder laid out like {@code ontology/}.
   *
   * @throws CatalogException naming the file or resource that is missing, malformed or inconsistent
   */
  public static Catalog load(Path ontologyDir) {
    checkNotNull(ontologyDir, "ontologyDir");
    return new Catalog(KnowledgeLoader.fromDirectory(ontologyDir, KnowledgeFiles.DATA));
  }

  /** The country with this full name or alias (美国, 美利坚合众国, 南韩, 纽西兰, Japan); not short forms. */
  public Optional<CountryEntry> countryByName(String name) {
    return countryNames.find(name);
  }

  /** The country with this abbreviation used in compounds (美, 日, 印, 印尼). */
  public Optional<CountryEntry> countryByShortForm(String shortForm) {
    return countryShortForms.find(shortForm);
  }

  /** The country whose capital this is, for metonymy (华盛顿, 华府, 北京). */
  public Optional<CountryEntry> countryByCapital(String capital) {
    return countryCapitals.find(capital);
  }

  /** The country a city other than the capital lies in (伊斯坦布尔, 旧金山): places only. */
  public Optional<CountryEntry> countryByCity(String city) {
    return countryCities.find(city);
  }

  /** The country with this id. */
  public Optional<CountryEntry> country(ActorId id) {
    return Optional.ofNullable(countries.get(id));
  }

  /** Every country, sorted by ISO code. */
  public List<CountryEntry> countries() {
    return List.copyOf(countries.values());
  }

  /** The organization with this Chinese name, English name or acronym (acronyms and English ignore case). */
  public Optional<OrganizationEntry> organizationByName(String name) {
    return organizationNames.find(name);
  }

  /** The organization with this id. */
  public Optional<OrganizationEntry> organization(ActorId id) {
    return Optional.ofNullable(organizations.get(id));
  }

  /** Every organization, sorted by key. */
  public List<OrganizationEntry> organizations() {
    return List.copyOf(organizations.values());
  }

  /** The person with this name (any form; spaces, · • and dashes are ignored). */
  public Optional<PersonEntry> personByName(String name) {
    return personNames.find(name);
  }

  /** Every person of the catalog. */
  public List<PersonEntry> persons() {
    return List.copyOf(persons.values());
  }

  /** The title written this way (its label or a variant). */
  public Optional<TitleEntry> title(String written) {
    return titleNames.find(written);
  }

  /**
   * The country an article from {@code host} writes from (新华网 → CHN, 中央社 → TWN, a .tw host →
   * TWN), by the longest matching domain suffix of the outlets; empty for international outlets.
   */
  public Optional<ActorId> homeCountryOfHost(String host) {
    String h = host.toLowerCase(java.util.Locale.ROOT);
    for (String suffix = h; !suffix.isEmpty(); suffix = suffix.contains(".") ? suffix.substring(suffix.indexOf('.') + 1) : "") {
      ActorId home = outletDomains.get(suffix);
      if (home != null) {
        return Optional.of(home);
      }
    }
    return Optional.empty();
  }

  /** The words that name a kind of state organ after a country's name (外交部, 外务省, 大使馆 …). */
  public Set<String> organWords() {
    return organWords;
  }

  /** Every title. */
  public List<TitleEntry> titles() {
    return titles;
  }

  /** Every trigger, sorted by type, word and frame; object nouns and modality words are not triggers. */
  public List<TriggerEntry> triggers() {
    return triggers;
  }

  /** The triggers of one event type. */
  public List<TriggerEntry> triggers(EventType type) {
    return triggersByType.getOrDefault(type, List.of());
  }

  /**
   * The object head nouns that select an event type after an ambiguous trigger: 伙伴关系 for
   * UPGRADE_PARTNERSHIP (建立…伙伴关系), 机制/对话/倡议 for LAUNCH, 成员国/签署国 for JOIN (成为…成员国).
   */
  public Set<String> objectNouns(EventType type) {
    return objectNouns.getOrDefault(type, Set.of());
  }

  /** The words that mark a plan, possibility, negation, condition or wish (将, 计划, 未, 如果, 希望). */
  public Set<String> modalityWords() {
    return modalityWords;
  }

  /**
   * Every name of every country (names, short forms, capitals), organization, person and title: a
   * dictionary for a segmenter or a longest-match trie.
   */
  public Set<String> surfaceForms() {
    return surfaceForms;
  }

  /** A new model holding the union of the loaded knowledge files, for loading into the store. */
  public Model asRdf() {
    Model model = ModelFactory.createDefaultModel();
    triples.forEach(model.getGraph()::add);
    return model;
  }

  private static boolean isObjectNoun(TriggerEntry t) {
    return t.frame().equals(CatalogVocabulary.OBJECT_FRAME);
  }

  private static Map<EventType, List<TriggerEntry>> groupByType(List<TriggerEntry> entries) {
    Map<EventType, List<TriggerEntry>> out = new EnumMap<>(EventType.class);
    entries.stream()
        .collect(Collectors.groupingBy(TriggerEntry::type))
        .forEach((type, list) -> out.put(type, List.copyOf(list)));
    return Map.copyOf(out);
  }

  private static Map<EventType, Set<String>> objectNounsByType(List<TriggerEntry> entries) {
    Map<EventType, Set<String>> out = new EnumMap<>(EventType.class);
    entries.stream()
        .filter(Catalog::isObjectNoun)
        .collect(Collectors.groupingBy(TriggerEntry::type, Collectors.mapping(TriggerEntry::word, Collectors.toSet())))
        .forEach((type, words) -> out.put(type, Set.copyOf(words)));
    return Map.copyOf(out);
  }

  private static Set<String> titleLabels(TitleEntry t) {
    Set<String> out = new HashSet<>(t.altLabels());
    out.add(t.label());
    return out;
  }

  private Set<String> collectSurfaceForms() {
    Set<String> out = new HashSet<>();
    countries.values().forEach(c -> {
      out.addAll(c.names());
      out.addAll(c.shortForms());
      out.addAll(c.capitals());
      out.addAll(c.cities());
    });
    organizations.values().forEach(o -> out.addAll(o.names()));
    persons.values().forEach(p -> out.addAll(p.names()));
    titles.forEach(t -> out.addAll(titleLabels(t)));
    return Set.copyOf(out);
  }

  /** Fails on a member or an actsFor that names no loaded country or organization. */
  private void checkReferences() {
    organizations.values().forEach(o -> o.members().forEach(m -> checkKnown(m, o.id())));
    outletDomains.values().forEach(home -> checkKnown(home, home));
    persons.values().forEach(p -> checkKnown(p.actsFor(), p.id()));
  }

  private void checkKnown(ActorId ref, ActorId referrer) {
    if (!countries.containsKey(ref) && !organizations.containsKey(ref)) {
      throw new CatalogException(referrer.gold(), "refers to the unknown actor " + ref.gold());
    }
  }

  private static <T> Map<ActorId, T> byId(List<T> entries, Function<T, ActorId> id) {
    Map<ActorId, T> out = new LinkedHashMap<>();
    for (T e : entries) {
      if (out.putIfAbsent(id.apply(e), e) != null) {
        throw new CatalogException(id.apply(e).gold(), "described twice");
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static <T> NameIndex<T> index(
      String what, Iterable<T> entries, Function<T, Set<String>> names, Function<T, ?> identity) {
    NameIndex.Builder<T> builder = NameIndex.builder(what, identity);
    entries.forEach(e -> builder.putAll(names.apply(e), e));
    return builder.build();
  }
}
