package org.diplograph.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures extraction speed and memory: loads the engine once, then extracts the same inputs
 * several times on a pool of threads without writing anything, timing each pass. Not thread-safe.
 */
public final class Benchmark {
  private Benchmark() {}

  /** Runs {@code passes} passes over {@code files} with {@code threads} threads and the default limits. */
  public static BenchmarkResult run(List<Path> files, int threads, int passes) {
    return run(files, BatchOptions.withThreads(threads), passes);
  }

  /** Runs {@code passes} passes over {@code files} with the given batch options. */
  public static BenchmarkResult run(List<Path> files, BatchOptions options, int passes) {
    resetPeaks();
    long t0 = System.nanoTime();
    Engine engine = Engine.load();
    Duration load = Duration.ofNanos(System.nanoTime() - t0);
    Duration first = firstDocument(engine, files, options);
    List<Duration> times = new ArrayList<>();
    AtomicInteger documents = new AtomicInteger();
    AtomicLong characters = new AtomicLong();
    AtomicInteger events = new AtomicInteger();
    for (int p = 0; p < passes; p++) {
      documents.set(0);
      characters.set(0);
      events.set(0);
      BatchResult r = engine.batch(options).run(files, x -> {
        documents.incrementAndGet();
        characters.addAndGet(x.doc().textBlocks().stream().mapToLong(String::length).sum());
        events.addAndGet(x.events().size());
      });
      times.add(r.elapsed());
    }
    return new BenchmarkResult(load, first, documents.get(), characters.get(), events.get(), times, options.threads(),
        peakHeap());
  }

  /**
   * The latency of the first document after the load, cold JIT included: reading and extracting the first
   * document of the inputs alone, as a just-started process meets it.
   */
  private static Duration firstDocument(Engine engine, List<Path> files, BatchOptions options) {
    if (files.isEmpty()) {
      return Duration.ZERO;
    }
    long t0 = System.nanoTime();
    AtomicInteger seen = new AtomicInteger();
    engine.batch(options.withThreadsOf(1)).withProgress((done, total, doc) -> { }).run(files.subList(0, 1), x -> {
      seen.incrementAndGet();
    });
    return Duration.ofNanos(System.nanoTime() - t0);
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peak use since the start of the run. */
  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }
}
