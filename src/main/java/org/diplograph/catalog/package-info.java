/** The curated knowledge of {@code ontology/} (countries, organizations, persons, titles, triggers) and its lookups. */
@org.jspecify.annotations.NullMarked
package org.diplograph.catalog;
