package org.diplograph.extract;

import java.util.List;
import org.diplograph.model.ActorId;

/** The actor arguments of an event before date, place and evidence are attached. */
record EventDraft(Trigger trigger, List<ActorId> parties, List<ActorId> persons, String rule, double confidence) {
  EventDraft {
    parties = List.copyOf(parties);
    persons = List.copyOf(persons);
  }
}
