package org.diplograph.export;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.diplograph.model.ActorId;
import org.diplograph.model.EventType;
import org.diplograph.model.PartialDate;

/**
 * What part of the actor network to build: events overlapping {@code from}..{@code to} (both
 * inclusive; undated events are left out once either bound is set), of the given {@code types}
 * (all when empty), around one {@code actor} (the actor and its neighbours, when present), with
 * optional membership and post edges. Immutable.
 */
public record NetworkFilter(
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Set<EventType> types,
    Optional<ActorId> actor,
    boolean withMemberships,
    boolean withPosts) {

  public NetworkFilter {
    types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    checkArgument(from.isEmpty() || to.isEmpty() || !from.get().isAfter(to.get()),
        "from %s is after to %s", from, to);
  }

  /** Everything: all events, no memberships or posts. */
  public static NetworkFilter all() {
    return new NetworkFilter(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), false, false);
  }

  /** True when events of {@code type} are wanted. */
  public boolean accepts(EventType type) {
    return types.isEmpty() || types.contains(type);
  }

  /** True when an event with this date (maybe absent) overlaps the date range. */
  public boolean accepts(Optional<PartialDate> date) {
    if (from.isEmpty() && to.isEmpty()) {
      return true;
    }
    if (date.isEmpty()) {
      return false;
    }
    boolean afterFrom = from.map(f -> !date.get().end().isBefore(f)).orElse(true);
    boolean beforeTo = to.map(t -> !date.get().start().isAfter(t)).orElse(true);
    return afterFrom && beforeTo;
  }

  /** True when an edge between {@code a} and {@code b} is within the actor's neighbourhood. */
  public boolean accepts(ActorId a, ActorId b) {
    return actor.map(x -> x.equals(a) || x.equals(b)).orElse(true);
  }
}
