package org.diplograph.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a benchmark measured.
 *
 * @param modelLoad time to load the catalog and the CoreNLP models
 * @param firstDocument time to read and extract the first input alone right after the load (cold JIT)
 * @param documents documents per pass
 * @param characters characters of text per pass
 * @param events events extracted per pass
 * @param passes wall-clock time of each pass over the documents
 * @param threads extraction threads
 * @param peakHeapBytes the highest heap use seen (after the model load and after each pass)
 */
public record BenchmarkResult(Duration modelLoad, Duration firstDocument, int documents, long characters, int events, List<Duration> passes,
    int threads, long peakHeapBytes) {
  public BenchmarkResult {
    passes = List.copyOf(passes);
  }

  /** The fastest pass: the steady state once the JIT has warmed up. */
  public Duration best() {
    return passes.stream().min(Duration::compareTo).orElse(Duration.ZERO);
  }

  /** A human-readable report, one figure a line. */
  public String render() {
    double best = Math.max(1e-9, best().toNanos() / 1e9);
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "model load        %.1f s%n", modelLoad.toMillis() / 1000.0));
    out.append(String.format(Locale.ROOT, "first document    %.2f s (the first input alone, right after the load)%n",
        firstDocument.toMillis() / 1000.0));
    out.append(String.format(Locale.ROOT, "documents         %d (%,d characters, %d events) per pass, %d thread(s)%n",
        documents, characters, events, threads));
    for (int i = 0; i < passes.size(); i++) {
      out.append(String.format(Locale.ROOT, "pass %d            %.2f s%n", i + 1, passes.get(i).toMillis() / 1000.0));
    }
    out.append(String.format(Locale.ROOT, "throughput        %.2f documents/s, %,.0f characters/s (best pass)%n",
        documents / best, characters / best));
    out.append(String.format(Locale.ROOT, "peak heap         %.2f GB%n", peakHeapBytes / 1e9));
    return out.toString();
  }
}
