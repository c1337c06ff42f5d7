package org.diplograph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event the text asserts happened.
 *
 * @param type event type
 * @param parties country- or organization-level actors; for a directed type exactly two, source
 *     first
 * @param persons named people who took part
 * @param date when, at the precision the text gives
 * @param place where, as written
 * @param name the meeting's name, if given
 * @param object the signed document, the partnership level, the statement title, the opposed issue
 *     or the launched mechanism, if given
 * @param trigger the trigger word that signalled the event
 * @param rule the name of the extraction rule that produced it
 * @param evidence the sentence that states it
 * @param confidence how sure the extractor is, in [0, 1]
 */
public record Event(
    EventType type,
    List<ActorId> parties,
    List<ActorId> persons,
    Optional<PartialDate> date,
    Optional<String> place,
    Optional<String> name,
    Optional<String> object,
    String trigger,
    String rule,
    Evidence evidence,
    double confidence) {

  public Event {
    Objects.requireNonNull(type, "type");
    parties = List.copyOf(parties);
    persons = List.copyOf(persons);
    if (parties.isEmpty()) {
      throw new IllegalArgumentException(type + " event without parties");
    }
    if (type.directed() && parties.size() != 2) {
      throw new IllegalArgumentException(type + " needs exactly two parties: " + parties);
    }
    for (ActorId p : parties) {
      if (!p.type().isPartyLevel()) {
        throw new IllegalArgumentException("party must be a country or organization: " + p);
      }
    }
    Confidence.check(confidence);
  }

  /** The parties as scored: a sorted set for undirected types, the list for directed ones. */
  public List<ActorId> partyKey() {
    return type.directed() ? parties : parties.stream().distinct().sorted().toList();
  }
}
