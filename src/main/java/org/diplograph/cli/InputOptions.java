package org.diplograph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.diplograph.pipeline.BatchOptions;
import org.diplograph.pipeline.InputFiles;
import org.diplograph.pipeline.InputScan;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** The inputs, threading and limits options shared by the commands that extract. */
final class InputOptions {
  /** Inputs are held in memory as one array: under 2 GB. */
  private static final long MAX_INPUT_MB_LIMIT = 2047;

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Files or folders to read (default: seeds/); '-' reads standard input. Folders are read "
          + "recursively. Feeds (RSS/Atom), web pages, PDFs and text are told apart by content.")
  List<Path> inputs = List.of();

  @Option(names = "--glob", defaultValue = "*", paramLabel = "PATTERN",
      description = "File-name pattern applied inside folders (default: ${DEFAULT-VALUE}).")
  String glob = "*";

  @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
      description = "Documents extracted in parallel, sharing one NLP pipeline (default: ${DEFAULT-VALUE}).")
  int threads = 2;

  @Option(names = "--doc-timeout", defaultValue = "120", paramLabel = "SECONDS",
      description = "Time budget of reading an input and of extracting a document of up to 100,000 characters "
          + "(proportionally more for a longer one): a document still running after it is reported as failed, "
          + "nothing of it is stored, and the batch goes on (default: ${DEFAULT-VALUE}).")
  long docTimeoutSeconds = 120;

  @Option(names = "--max-input-mb", defaultValue = "20", paramLabel = "MB",
      description = "Largest input file read; a larger one is refused with its size (default: ${DEFAULT-VALUE}).")
  long maxInputMegabytes = 20;

  List<Path> files() {
    return scan().files();
  }

  /** The files under the inputs (default: seeds/), and the problems met looking into folders. */
  InputScan scan() {
    return InputFiles.scan(inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs, glob);
  }

  /**
   * The batch options these flags give.
   *
   * @throws ParameterException when a number is out of range
   */
  BatchOptions batchOptions(CommandSpec spec) {
    if (threads < 1 || docTimeoutSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--threads and --doc-timeout must be at least 1");
    }
    if (maxInputMegabytes < 1 || maxInputMegabytes > MAX_INPUT_MB_LIMIT) {
      throw new ParameterException(spec.commandLine(), "--max-input-mb must be between 1 and " + MAX_INPUT_MB_LIMIT);
    }
    return BatchOptions.withThreads(threads)
        .withDocumentTimeout(Duration.ofSeconds(docTimeoutSeconds))
        .withMaxInputBytes(maxInputMegabytes * 1024L * 1024L);
  }
}
