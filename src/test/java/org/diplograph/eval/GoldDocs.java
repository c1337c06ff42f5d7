package org.diplograph.eval;

import java.util.List;
import java.util.Optional;
import org.diplograph.eval.GoldDocument.GoldActor;
import org.diplograph.eval.GoldDocument.GoldEvent;
import org.diplograph.eval.GoldDocument.GoldMembership;
import org.diplograph.eval.GoldDocument.GoldPosition;
import org.diplograph.model.ActorType;
import org.diplograph.model.EventType;
import org.diplograph.model.PartialDate;

/** Small builders for hand-made gold documents in tests. */
final class GoldDocs {
  private GoldDocs() {}

  static GoldDocument doc(String id, List<GoldActor> actors, List<GoldEvent> events) {
    return new GoldDocument(id, Optional.empty(), actors, events, List.of(), List.of());
  }

  static GoldDocument doc(
      String id,
      List<GoldActor> actors,
      List<GoldPosition> positions,
      List<GoldMembership> memberships) {
    return new GoldDocument(id, Optional.empty(), actors, List.of(), positions, memberships);
  }

  static GoldActor country(String iso, String... names) {
    return new GoldActor(
        iso, ActorType.COUNTRY, List.of(names), Optional.empty(), Optional.empty());
  }

  static GoldActor org(String id, String... names) {
    return new GoldActor(
        id, ActorType.ORGANIZATION, List.of(names), Optional.empty(), Optional.empty());
  }

  static GoldActor person(String id, String... names) {
    return new GoldActor(
        id, ActorType.PERSON, List.of(names), Optional.of("USA"), Optional.empty());
  }

  static GoldActor gov(String id) {
    return new GoldActor(
        id,
        ActorType.GOVERNMENT_BODY,
        List.of(id.substring(4)),
        Optional.of("USA"),
        Optional.empty());
  }

  /** An event; {@code date} is an ISO date or null. */
  static GoldEvent event(EventType type, String date, String... parties) {
    Optional<PartialDate> d = date == null ? Optional.empty() : PartialDate.parse(date);
    return new GoldEvent(
        type,
        List.of(parties),
        List.of(),
        d,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "证据句子" + type + String.join("", parties));
  }

  static GoldPosition position(String person, String country) {
    return new GoldPosition(person, country, Optional.of("国防部长"));
  }
}
