package org.diplograph.catalog;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.Set;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorType;

/**
 * An international organization, alliance or standing grouping of the catalog.
 *
 * @param id the organization's id ({@code org:QUAD})
 * @param nameZh the preferred simplified Chinese name
 * @param nameEn the preferred English name
 * @param names every name: Chinese names and aliases, English names and the acronyms
 * @param acronyms the acronyms (the key, e.g. {@code QUAD}, and English short forms such as {@code Quad})
 * @param members the curated standing members (countries, and organizations such as the EU in the G20)
 * @param wikidata the Wikidata QID, if curated
 */
public record OrganizationEntry(
    ActorId id,
    String nameZh,
    String nameEn,
    Set<String> names,
    Set<String> acronyms,
    Set<ActorId> members,
    Optional<String> wikidata) {

  public OrganizationEntry {
    checkArgument(id.type() == ActorType.ORGANIZATION, "not an organization id: %s", id);
    names = Set.copyOf(names);
    acronyms = Set.copyOf(acronyms);
    members = Set.copyOf(members);
    checkArgument(names.contains(nameZh), "names lack the preferred name %s", nameZh);
  }

  /** An organization entry; see the record components. */
  public static OrganizationEntry of(
      ActorId id,
      String nameZh,
      String nameEn,
      Set<String> names,
      Set<String> acronyms,
      Set<ActorId> members,
      Optional<String> wikidata) {
    return new OrganizationEntry(id, nameZh, nameEn, names, acronyms, members, wikidata);
  }
}
