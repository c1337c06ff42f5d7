package org.diplograph.spark;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * What a Spark extraction reads and where it writes.
 *
 * @param inputs files, folders (read recursively) or glob patterns on any file system Spark reaches
 *     ({@code seeds}, {@code hdfs://…/news/2024/*}, {@code s3a://bucket/feeds/})
 * @param output the folder to create: {@code quads/} (N-Quads part files) and {@code dead-letters/}
 * @param partitions how many tasks share the documents; 0 for four per core of the application
 * @param settings the limits applied to each document
 * @param processor where executors get their processor (by default the JVM's shared engine)
 */
public record JobSpec(List<String> inputs, String output, int partitions, JobSettings settings,
    ProcessorSource processor) {
  public JobSpec {
    inputs = List.copyOf(inputs);
    checkArgument(!inputs.isEmpty(), "no inputs");
    checkArgument(!output.isBlank(), "blank output");
    checkArgument(partitions >= 0, "partitions must not be negative: %s", partitions);
  }

  /** A job with the default limits, partitions and processor. */
  public static JobSpec of(List<String> inputs, String output) {
    return new JobSpec(inputs, output, 0, JobSettings.defaults(), ProcessorSource.sharedEngine());
  }

  /** This job with other limits. */
  public JobSpec withSettings(JobSettings other) {
    return new JobSpec(inputs, output, partitions, other, processor);
  }

  /** This job with another processor source. */
  public JobSpec withProcessor(ProcessorSource other) {
    return new JobSpec(inputs, output, partitions, settings, other);
  }

  /** This job with another number of partitions (0: four per core). */
  public JobSpec withPartitions(int other) {
    return new JobSpec(inputs, output, other, settings, processor);
  }
}
