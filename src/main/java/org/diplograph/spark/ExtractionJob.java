package org.diplograph.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.storage.StorageLevel;

/**
 * The extraction as a Spark job. The input files come from Spark's binary file source (any Hadoop file
 * system; folders recursively, hidden files and those starting with "_" left out) and are spread over the
 * tasks. A first pass reads them and finds repeated content (of the documents with the same content hash,
 * the one from the first file by name is kept, as {@code extract} keeps the first); the second reads them
 * again, extracts every other document on the executors with the JVM's shared models, and writes
 * {@code OUTPUT/quads/part-*} (each document's named graph as N-Quads) and {@code OUTPUT/dead-letters/part-*}
 * (one JSON line per failed input or document: file, document, reason). Reading is cheap next to the NLP,
 * so reading twice costs little and keeps the documents on the executors.
 */
public final class ExtractionJob {
  private static final String RECURSIVE = "mapreduce.input.fileinputformat.input.dir.recursive";
  private static final int PARTITIONS_PER_CORE = 4;
  private static final int DEAD_LETTERS_SHOWN = 20;

  private ExtractionJob() {}

  /**
   * Runs the job on the context and waits for it.
   *
   * @throws SparkJobException if an input does not exist or the output folder does
   */
  public static JobResult run(JavaSparkContext sc, JobSpec spec) {
    long t0 = System.nanoTime();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    Configuration hadoop = sc.hadoopConfiguration();
    hadoop.setBoolean(RECURSIVE, true);
    checkInputs(hadoop, spec.inputs());
    checkOutputFree(hadoop, spec.output());

    int partitions = spec.partitions() > 0 ? spec.partitions() : PARTITIONS_PER_CORE * sc.defaultParallelism();
    JavaPairRDD<String, PortableDataStream> files =
        sc.binaryFiles(String.join(",", spec.inputs())).repartition(partitions);
    Broadcast<Set<DocKey>> repeated = sc.broadcast(repeatedDocuments(files, spec.settings()));

    JobCounters counters = new JobCounters(sc.sc());
    JavaRDD<JobRecord> records = files.mapPartitions(
        new ExtractTask(spec.settings(), spec.processor(), repeated, counters))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    String quads = spec.output() + "/quads";
    String deadLetters = spec.output() + "/dead-letters";
    records.filter(r -> !r.deadLetter()).map(JobRecord::text).saveAsTextFile(quads);
    JavaRDD<String> failures = records.filter(JobRecord::deadLetter).map(JobRecord::text).coalesce(1);
    failures.saveAsTextFile(deadLetters);
    List<String> shown = failures.take(DEAD_LETTERS_SHOWN).stream().map(DeadLetter::describe).toList();
    records.unpersist(false);
    repeated.destroy();

    return new JobResult(sc.master(), sc.defaultParallelism(), counters.files.value(), counters.documents.value(),
        counters.duplicates.value(), counters.failed.value(), counters.events.value(), counters.characters.value(),
        counters.stageNanos(), counters.modelWaitNanos.value(), shown, quads, deadLetters, Duration.ofNanos(System.nanoTime() - t0), peakHeap());
  }

  /** The documents whose content an earlier one (by file, then id) already has. */
  private static Set<DocKey> repeatedDocuments(JavaPairRDD<String, PortableDataStream> files, JobSettings settings) {
    List<DocKey> repeated = files.mapPartitionsToPair(new KeyTask(settings))
        .groupByKey()
        .flatMap(ExtractionJob::allButFirst)
        .collect();
    return new HashSet<>(repeated);
  }

  private static java.util.Iterator<DocKey> allButFirst(scala.Tuple2<String, Iterable<DocKey>> sameContent) {
    List<DocKey> docs = new ArrayList<>();
    sameContent._2().forEach(docs::add);
    docs.sort(null);
    return docs.subList(1, docs.size()).iterator();
  }

  private static void checkInputs(Configuration hadoop, List<String> inputs) {
    for (String input : inputs) {
      try {
        Path p = new Path(input);
        FileStatus[] found = p.getFileSystem(hadoop).globStatus(p);
        if (found == null || found.length == 0) {
          throw new SparkJobException("no such input: " + input);
        }
      } catch (IOException | IllegalArgumentException e) {
        throw new SparkJobException("cannot read input " + input + ": " + e.getMessage(), e);
      }
    }
  }

  private static void checkOutputFree(Configuration hadoop, String output) {
    try {
      Path p = new Path(output);
      FileSystem fs = p.getFileSystem(hadoop);
      if (fs.exists(p)) {
        throw new SparkJobException("the output " + output + " exists: remove it or give another --output");
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new SparkJobException("cannot use the output " + output + ": " + e.getMessage(), e);
    }
  }

  /** The sum of the heap pools' peak use in this JVM since the job started. */
  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }
}
