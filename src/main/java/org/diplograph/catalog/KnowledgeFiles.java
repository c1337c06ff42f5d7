package org.diplograph.catalog;

import java.util.List;

/** The one place that names the knowledge files of {@code ontology/} that make up the catalog. */
public final class KnowledgeFiles {

  /** The classpath folder the build copies {@code ontology/} to. */
  public static final String CLASSPATH_DIR = "ontology/";

  /** The knowledge files, in load order. */
  public static final List<String> DATA =
      List.of(
          "countries-cldr.ttl",
          "countries-curated.ttl",
          "cities.ttl",
          "organizations.ttl",
          "titles.ttl",
          "triggers.ttl",
          "persons.ttl",
          "outlets.ttl",
          "organs.ttl");

  /** The generated country table, rewritten by {@link CountryTableGenerator}. */
  public static final String COUNTRY_TABLE = "countries-cldr.ttl";

  /** The SHACL shapes the knowledge files must conform to. */
  public static final String SHAPES = "catalog-shapes.ttl";

  private KnowledgeFiles() {}
}
