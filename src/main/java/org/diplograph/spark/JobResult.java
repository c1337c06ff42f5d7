package org.diplograph.spark;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.diplograph.pipeline.Stage;

/**
 * What a Spark extraction did.
 *
 * @param master the Spark master it ran on
 * @param cores the application's default parallelism (cores of its executors)
 * @param files input files read
 * @param documents documents extracted and written
 * @param duplicates documents skipped because an earlier one (by file name) had the same content
 * @param failed inputs and documents that failed, each a line of the dead-letter output
 * @param events events in the documents written
 * @param characters characters of the documents written
 * @param stageNanos time in each stage, added up over all tasks
 * @param modelWaitNanos time tasks waited for their executor's models, added up over all tasks
 * @param deadLetters the first dead letters, "file: reason"
 * @param quadsDir the folder of the N-Quads part files
 * @param deadLetterDir the folder of the dead-letter part files
 * @param elapsed wall-clock time of the job
 * @param peakHeapBytes the peak heap of the driver's JVM, which in local mode is the executor
 */
public record JobResult(String master, int cores, long files, long documents, long duplicates, long failed,
    long events, long characters, Map<Stage, Long> stageNanos, long modelWaitNanos, List<String> deadLetters, String quadsDir,
    String deadLetterDir, Duration elapsed, long peakHeapBytes) {
  public JobResult {
    stageNanos = Map.copyOf(stageNanos);
    deadLetters = List.copyOf(deadLetters);
  }

  /** Documents written per second of wall-clock time. */
  public double documentsPerSecond() {
    return documents / Math.max(elapsed.toNanos() / 1e9, 1e-9);
  }
}
