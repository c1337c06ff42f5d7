package org.diplograph.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Wall-clock nanoseconds spent in each {@link Stage}, added up over documents. Thread-safe. */
public final class StageTimes {
  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

  public StageTimes() {
    for (Stage s : Stage.values()) {
      nanos.put(s, new LongAdder());
    }
  }

  /** Adds {@code elapsedNanos} to the stage's total. */
  public void add(Stage stage, long elapsedNanos) {
    nanos.get(stage).add(elapsedNanos);
  }

  /** The total of the stage so far. */
  public long nanos(Stage stage) {
    return nanos.get(stage).sum();
  }
}
