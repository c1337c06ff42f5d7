package org.diplograph.export;

import java.util.Optional;
import org.diplograph.graph.Iris;
import org.diplograph.model.ActorId;

/**
 * An actor of the network: its id, Chinese and English labels, ISO 3166-1 alpha-3 code (countries)
 * and Wikidata QID ({@code Q17}), when the store knows them. Immutable.
 */
public record ActorNode(ActorId id, Optional<String> labelZh, Optional<String> labelEn,
    Optional<String> iso3, Optional<String> qid) {

  /** A node known only by its id. */
  public static ActorNode bare(ActorId id) {
    return new ActorNode(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The id in the gold notation ({@code JPN}, {@code org:NATO}, {@code per:岸田文雄}), used as node id. */
  public String key() {
    return id.gold();
  }

  /** The IRI of the actor in the store. */
  public String iri() {
    return Iris.actor(id);
  }

  /** The display label: the Chinese label, else the English one, else the id's key. */
  public String label() {
    return labelZh.or(() -> labelEn).orElse(id.key());
  }

  /** The type name: Country, Organization, Person or GovernmentBody. */
  public String type() {
    return id.type().label();
  }
}
