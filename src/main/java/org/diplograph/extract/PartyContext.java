package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplograph.model.ActorId;

/**
 * What the sentences read so far offer to the parties of a sentence that names them only by a group
 * reference (双方, 四国, 三方) or not at all (会后发表联合声明): the recent sets of parties, latest last,
 * and the organization named last. Immutable.
 *
 * @param recent the parties of recent events and sentences, oldest first (at most {@link #KEPT})
 * @param lastOrganization the organization the text named last
 * @param actorsOfDocument the parties the document names as actors (not only as places) anywhere
 */
record PartyContext(List<List<ActorId>> recent, Optional<ActorId> lastOrganization, Set<ActorId> actorsOfDocument) {
  static final int KEPT = 8;

  PartyContext {
    recent = List.copyOf(recent);
    actorsOfDocument = Set.copyOf(actorsOfDocument);
  }

  /** The context at a document's start; {@code actorsOfDocument} are the parties it names as actors anywhere. */
  static PartyContext start(Set<ActorId> actorsOfDocument) {
    return new PartyContext(List.of(), Optional.empty(), actorsOfDocument);
  }

  /** The latest set of parties, or none. */
  List<ActorId> latest() {
    return recent.isEmpty() ? List.of() : recent.get(recent.size() - 1);
  }

  /** The latest set of exactly {@code size} parties (四国 → four), else the latest set. */
  List<ActorId> latestOfSize(int size) {
    for (int i = recent.size() - 1; i >= 0; i--) {
      if (recent.get(i).size() == size) {
        return recent.get(i);
      }
    }
    return latest();
  }

  /** This context with {@code parties} as the latest set. */
  PartyContext with(List<ActorId> parties) {
    List<List<ActorId>> out = new ArrayList<>(recent);
    out.remove(parties);
    out.add(List.copyOf(parties));
    return new PartyContext(out.subList(Math.max(0, out.size() - KEPT), out.size()), lastOrganization, actorsOfDocument);
  }

  /** This context with {@code org} as the organization named last. */
  PartyContext withOrganization(ActorId org) {
    return new PartyContext(recent, Optional.of(org), actorsOfDocument);
  }
}
