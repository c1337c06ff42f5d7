package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplograph.model.ActorId;
import org.diplograph.model.Event;
import org.diplograph.model.EventType;
import org.diplograph.model.PartialDate;

/**
 * Joins the mentions of one occurrence within a document: events of the same type and parties whose
 * dates are compatible (or missing) become one, keeping the first evidence and the most precise
 * date, and uniting the persons. Stateless and thread-safe.
 */
final class EventMerger {
  List<Event> merge(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      int same = indexOfSame(out, e);
      if (same < 0) {
        out.add(e);
      } else {
        out.set(same, combine(out.get(same), e));
      }
    }
    return out;
  }

  private static int indexOfSame(List<Event> out, Event e) {
    for (int i = 0; i < out.size(); i++) {
      Event o = out.get(i);
      boolean dates = o.date().isEmpty() || e.date().isEmpty()
          || o.date().get().compatibleWith(e.date().get());
      boolean objects = o.object().isEmpty() || e.object().isEmpty() || o.object().equals(e.object())
          || !(o.type() == EventType.SIGN);
      if (o.type() == e.type() && o.partyKey().equals(e.partyKey()) && dates && objects) {
        return i;
      }
    }
    return -1;
  }

  private static Event combine(Event a, Event b) {
    Set<ActorId> persons = new LinkedHashSet<>(a.persons());
    persons.addAll(b.persons());
    Optional<PartialDate> date = a.date().isEmpty() ? b.date()
        : b.date().filter(d -> d.iso().length() > a.date().get().iso().length()).or(a::date);
    return new Event(a.type(), a.parties(), List.copyOf(persons), date, a.place().or(b::place),
        a.name().or(b::name), a.object().or(b::object), a.trigger(), a.rule(), a.evidence(),
        Math.max(a.confidence(), b.confidence()));
  }
}
