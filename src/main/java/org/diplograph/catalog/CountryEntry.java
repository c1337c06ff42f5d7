package org.diplograph.catalog;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.Set;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorType;

/**
 * A country or territory of the catalog.
 *
 * @param id the country's id (ISO 3166-1 alpha-3)
 * @param iso2 the ISO 3166-1 alpha-2 code
 * @param nameZh the preferred simplified Chinese name (CLDR)
 * @param nameEn the preferred English name (CLDR)
 * @param names every full name and alias, simplified Chinese and English, including the two preferred names
 * @param shortForms the abbreviations used in compounds (美, 日, 印尼)
 * @param capitals the capital names used as metonymy (华盛顿, 华府)
 * @param cities other cities of the country, places only (伊斯坦布尔, 旧金山)
 * @param wikidata the Wikidata QID ({@code Q30}), if curated
 */
public record CountryEntry(
    ActorId id,
    String iso2,
    String nameZh,
    String nameEn,
    Set<String> names,
    Set<String> shortForms,
    Set<String> capitals,
    Set<String> cities,
    Optional<String> wikidata) {

  public CountryEntry {
    checkArgument(id.type() == ActorType.COUNTRY, "not a country id: %s", id);
    checkArgument(iso2.matches("[A-Z]{2}"), "not an ISO 3166-1 alpha-2 code: %s", iso2);
    names = Set.copyOf(names);
    shortForms = Set.copyOf(shortForms);
    capitals = Set.copyOf(capitals);
    cities = Set.copyOf(cities);
    checkArgument(names.contains(nameZh), "names lack the preferred name %s", nameZh);
  }

  /** A country entry; see the record components. */
  public static CountryEntry of(
      ActorId id,
      String iso2,
      String nameZh,
      String nameEn,
      Set<String> names,
      Set<String> shortForms,
      Set<String> capitals,
      Set<String> cities,
      Optional<String> wikidata) {
    return new CountryEntry(id, iso2, nameZh, nameEn, names, shortForms, capitals, cities, wikidata);
  }

  /** The ISO 3166-1 alpha-3 code. */
  public String iso3() {
    return id.key();
  }
}
