package org.diplograph.spark;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;
import org.diplograph.pipeline.Stage;
import org.diplograph.pipeline.StageTimes;

/**
 * The job's counts and stage times, added up by the executors (Spark accumulators) and read by the driver
 * once the job is done. A retried task may count twice.
 */
final class JobCounters implements Serializable {
  private static final long serialVersionUID = 1L;

  final LongAccumulator files;
  final LongAccumulator documents;
  final LongAccumulator duplicates;
  final LongAccumulator failed;
  final LongAccumulator events;
  final LongAccumulator characters;
  /** Time tasks waited for their JVM's models (the first tasks of each executor wait for the load). */
  final LongAccumulator modelWaitNanos;
  private final EnumMap<Stage, LongAccumulator> stageNanos = new EnumMap<>(Stage.class);

  JobCounters(SparkContext sc) {
    files = sc.longAccumulator("files");
    documents = sc.longAccumulator("documents");
    duplicates = sc.longAccumulator("duplicates");
    failed = sc.longAccumulator("failed");
    events = sc.longAccumulator("events");
    characters = sc.longAccumulator("characters");
    modelWaitNanos = sc.longAccumulator("model-wait-nanos");
    for (Stage s : Stage.values()) {
      stageNanos.put(s, sc.longAccumulator("nanos-" + s.name().toLowerCase(java.util.Locale.ROOT)));
    }
  }

  /** Adds a document's (or a task's) stage times. */
  void add(StageTimes times) {
    stageNanos.forEach((stage, acc) -> acc.add(times.nanos(stage)));
  }

  /** The stage times added up over all tasks, on the driver. */
  Map<Stage, Long> stageNanos() {
    Map<Stage, Long> out = new EnumMap<>(Stage.class);
    stageNanos.forEach((stage, acc) -> out.put(stage, acc.value()));
    return out;
  }
}
