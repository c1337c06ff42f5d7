package org.diplograph.eval;

import java.util.List;
import org.diplograph.eval.GoldDocument.GoldEvent;
import org.diplograph.model.EventType;

/**
 * What the events (parties) measure compares: the type and the parties, as a sorted set for
 * undirected types and as the ordered list (source, target) for directed ones.
 */
record EventKey(EventType type, List<String> parties) {
  EventKey {
    parties = List.copyOf(parties);
  }

  static EventKey of(GoldEvent event) {
    List<String> parties =
        event.type().directed()
            ? event.parties()
            : event.parties().stream().distinct().sorted().toList();
    return new EventKey(event.type(), parties);
  }
}
