package org.diplograph.cli;

import java.nio.file.Path;
import java.util.List;
import org.diplograph.pipeline.InputFiles;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and threading options shared by the commands that extract. */
final class InputOptions {
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

  List<Path> files() {
    return InputFiles.expand(inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs, glob);
  }
}
