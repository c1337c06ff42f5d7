package org.diplograph.catalog;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.Set;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorType;

/**
 * A well-known official of the catalog.
 *
 * @param id the person's id (the fullest Chinese name, {@code per:约瑟夫·拜登})
 * @param nameZh the fullest simplified Chinese name
 * @param names every name: short forms, Taiwan and Hong Kong forms (simplified), English names
 * @param actsFor the country or organization the person acts for
 * @param title the person's principal (latest) post, as written in Chinese
 * @param wikidata the Wikidata QID, if curated
 */
public record PersonEntry(
    ActorId id,
    String nameZh,
    Set<String> names,
    ActorId actsFor,
    String title,
    Optional<String> wikidata) {

  public PersonEntry {
    checkArgument(id.type() == ActorType.PERSON, "not a person id: %s", id);
    checkArgument(actsFor.type().isPartyLevel(), "a person acts for a country or organization: %s", actsFor);
    names = Set.copyOf(names);
    checkArgument(names.contains(nameZh), "names lack the preferred name %s", nameZh);
  }

  /** A person entry; see the record components. */
  public static PersonEntry of(
      ActorId id,
      String nameZh,
      Set<String> names,
      ActorId actsFor,
      String title,
      Optional<String> wikidata) {
    return new PersonEntry(id, nameZh, names, actsFor, title, wikidata);
  }
}
