package org.diplograph.export;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import org.diplograph.model.ActorId;

/**
 * An edge of the actor network: all events of one {@code kind} (an event type name such as {@code
 * MEET}, or {@link #MEMBER_OF} / {@link #HOLDS_POST}) between two actors. Undirected kinds have their
 * ends in id order. {@code dates} are the distinct ISO dates of the events (partial dates kept at
 * their precision), sorted; {@code sources} counts distinct documents. Immutable.
 */
public record Relation(ActorId source, ActorId target, String kind, boolean directed, int count,
    List<String> dates, int sources, Optional<String> label) {
  /** The kind of membership edges: member → organization. */
  public static final String MEMBER_OF = "MEMBER_OF";

  /** The kind of post edges: person → country or organization, labelled with the title. */
  public static final String HOLDS_POST = "HOLDS_POST";

  public Relation {
    checkArgument(count > 0, "count %s", count);
    dates = List.copyOf(dates);
  }

  /** A stable id: {@code KIND:source->target}. */
  public String key() {
    return kind + ":" + source.gold() + "->" + target.gold();
  }

  /** The earliest event date, if any event is dated. */
  public Optional<String> firstDate() {
    return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0));
  }

  /** The latest event date, if any event is dated. */
  public Optional<String> lastDate() {
    return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1));
  }
}
