package org.diplograph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.diplograph.pipeline.CorpusGenerator;
import org.diplograph.pipeline.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corpus}: generates a corpus of distinct articles from real sentences, for measuring speed. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
    description = "Writes N distinct articles (plain text with Title:/Date: lines) made of the sentences of the "
        + "source articles, recombined: a headline and date from one source, three to six paragraphs of one to "
        + "four sentences from all of them. The same sources, N and seed give the same files. For measuring "
        + "`spark` and `benchmark` at scale.")
final class CorpusCommand implements Callable<Integer> {
  private static final List<Path> DEFAULT_SOURCES = List.of(Path.of("seeds"),
      Path.of("src/test/resources/eval-data/real-dev/docs"), Path.of("src/test/resources/eval-data/dev2/docs"));

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SOURCE", arity = "0..*",
      description = "Articles whose sentences are used (default: seeds and the real-dev and dev2 articles).")
  List<Path> sources = List.of();

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the articles to.")
  Path out;

  @Option(names = "--documents", defaultValue = "2000", paramLabel = "N",
      description = "Articles to write (default: ${DEFAULT-VALUE}).")
  int documents = 2000;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Override
  public Integer call() throws IOException {
    List<Path> from = sources.isEmpty() ? DEFAULT_SOURCES.stream().filter(Files::isDirectory).toList() : sources;
    if (documents < 1) {
      spec.commandLine().getErr().println("corpus: --documents must be at least 1");
      return ExitCodes.USAGE;
    }
    CorpusGenerator.Summary s = CorpusGenerator.generate(InputFiles.expand(from, "*"), documents, seed, out);
    spec.commandLine().getOut().printf(Locale.ROOT,
        "Wrote %d article(s), %,d characters (%,d on average), to %s from %d sentences of %d source file(s)%n",
        s.documents(), s.characters(), s.characters() / s.documents(), out, s.sentences(), s.sources());
    return ExitCodes.OK;
  }
}
