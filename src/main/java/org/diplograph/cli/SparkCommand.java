package org.diplograph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.diplograph.pipeline.BatchOptions;
import org.diplograph.pipeline.Stage;
import org.diplograph.spark.JobResult;
import org.diplograph.spark.JobSettings;
import org.diplograph.spark.JobSpec;
import org.diplograph.spark.ProcessorSource;
import org.diplograph.spark.SparkExtraction;
import org.diplograph.spark.SparkJobException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spark}: the extraction as an Apache Spark job, writing N-Quads part files and dead letters for
 * {@code load}. Names no Spark type, so that the rest of the command line works without Spark's jars.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
    description = "Extracts the inputs as an Apache Spark job (locally with --master 'local[N]', or on a cluster "
        + "through spark-submit and the job jar): each executor loads the models once and extracts its share of "
        + "the documents; OUTPUT/quads/ gets each document's named graph as N-Quads part files and "
        + "OUTPUT/dead-letters/ one JSON line (file, document, reason) per input or document that failed. "
        + "Then `load OUTPUT --store DIR` puts them in the store.")
final class SparkCommand implements Callable<Integer> {
  private static final long MAX_INPUT_MB_LIMIT = 2047;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Files, folders (read recursively) or glob patterns on any file system Spark reaches: "
          + "local paths, hdfs://…, s3a://… (default: seeds).")
  List<String> inputs = List.of();

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Folder to create for the part files (must not exist).")
  String output;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, e.g. 'local[2]' (default: the one spark-submit sets, else local[*]).")
  Optional<String> master = Optional.empty();

  @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
      description = "Tasks sharing the input files (default: four per core).")
  int partitions;

  @Option(names = "--doc-timeout", defaultValue = "120", paramLabel = "SECONDS",
      description = "Time budget of reading an input and of extracting a document of up to 100,000 characters "
          + "(proportionally more for a longer one): a document over it goes to the dead letters "
          + "(default: ${DEFAULT-VALUE}).")
  long docTimeoutSeconds = 120;

  @Option(names = "--max-input-mb", defaultValue = "20", paramLabel = "MB",
      description = "Largest input file read; a larger one goes to the dead letters unread "
          + "(default: ${DEFAULT-VALUE}).")
  long maxInputMegabytes = 20;

  @Override
  public Integer call() {
    JobSpec job = new JobSpec(inputs.isEmpty() ? List.of("seeds") : inputs, output, checkedPartitions(),
        settings(), ProcessorSource.sharedEngine());
    JobResult result;
    try {
      result = SparkExtraction.run(master, job);
    } catch (SparkJobException e) {
      spec.commandLine().getErr().println("spark: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return ExitCodes.FAILURE;
    }
    print(spec.commandLine().getOut(), result);
    if (result.failed() == 0) {
      return ExitCodes.OK;
    }
    return result.documents() > 0 ? ExitCodes.PARTIAL : ExitCodes.FAILURE;
  }

  private int checkedPartitions() {
    if (partitions < 0) {
      throw new ParameterException(spec.commandLine(), "--partitions must not be negative");
    }
    return partitions;
  }

  private JobSettings settings() {
    if (docTimeoutSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--doc-timeout must be at least 1");
    }
    if (maxInputMegabytes < 1 || maxInputMegabytes > MAX_INPUT_MB_LIMIT) {
      throw new ParameterException(spec.commandLine(), "--max-input-mb must be between 1 and " + MAX_INPUT_MB_LIMIT);
    }
    return JobSettings.of(BatchOptions.withThreads(1).withDocumentTimeout(Duration.ofSeconds(docTimeoutSeconds))
        .withMaxInputBytes(maxInputMegabytes * 1024L * 1024L));
  }

  static void print(PrintWriter out, JobResult r) {
    double seconds = r.elapsed().toMillis() / 1000.0;
    out.printf(Locale.ROOT, "Read %d input(s) on %s (%d core(s)): %d document(s) extracted, %d duplicate(s) "
            + "skipped, %d failed, in %.1f s (%.2f documents/s, %,.0f characters/s)%n",
        r.files(), r.master(), r.cores(), r.documents(), r.duplicates(), r.failed(), seconds,
        r.documentsPerSecond(), r.characters() / Math.max(seconds, 1e-3));
    out.printf(Locale.ROOT, "This run: %d event(s) in %,d characters%n", r.events(), r.characters());
    out.printf(Locale.ROOT, "Time per stage, summed over tasks: %s; waiting for the models %.1f s%n", stageTimes(r),
        r.modelWaitNanos() / 1e9);
    out.printf(Locale.ROOT, "Peak heap of the driver JVM (the executor in local mode): %.2f GB%n",
        r.peakHeapBytes() / 1e9);
    out.printf(Locale.ROOT, "Written: %s (N-Quads part files), %s (%d dead letter(s))%n", r.quadsDir(),
        r.deadLetterDir(), r.failed());
    for (String d : r.deadLetters()) {
      out.println("  " + d);
    }
    if (r.failed() > r.deadLetters().size()) {
      out.printf(Locale.ROOT, "  … and %d more in %s%n", r.failed() - r.deadLetters().size(), r.deadLetterDir());
    }
    out.flush();
  }

  private static String stageTimes(JobResult r) {
    StringBuilder s = new StringBuilder();
    for (Stage stage : Stage.values()) {
      long nanos = r.stageNanos().getOrDefault(stage, 0L);
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(stage.name().toLowerCase(Locale.ROOT)).append(' ')
          .append(String.format(Locale.ROOT, "%.1f s", nanos / 1e9));
      if (r.documents() > 0) {
        s.append(String.format(Locale.ROOT, " (%.0f ms/doc)", nanos / 1e6 / r.documents()));
      }
    }
    return s.toString();
  }
}
