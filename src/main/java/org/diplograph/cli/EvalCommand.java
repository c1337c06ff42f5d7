package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.diplograph.eval.EvalReport;
import org.diplograph.eval.Evaluation;
import org.diplograph.eval.GoldDocument;
import org.diplograph.eval.GoldReader;
import org.diplograph.export.GoldJsonWriter;
import org.diplograph.pipeline.BatchOptions;
import org.diplograph.pipeline.BatchResult;
import org.diplograph.pipeline.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval}: extracts the inputs (or reads predictions) and scores them against gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores the extraction of the inputs against a folder of gold JSON files "
        + "(precision, recall, F1 of actors, events, strict events, positions, memberships, per event type).")
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold JSON files.")
  Path gold;

  @Option(names = "--predicted", paramLabel = "DIR",
      description = "Score these gold-format JSON files instead of extracting the inputs (no models loaded).")
  Optional<Path> predicted = Optional.empty();

  @Option(names = "--json-out", paramLabel = "DIR", description = "Also write the predictions as gold-format JSON.")
  Optional<Path> jsonOut = Optional.empty();

  @Option(names = {"-v", "--verbose"}, description = "List every miss and false alarm.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, GoldDocument> goldDocs = new GoldReader().readDir(gold);
    int code = ExitCodes.OK;
    Map<String, GoldDocument> predictions;
    if (predicted.isPresent()) {
      predictions = new GoldReader().readDir(predicted.get());
    } else {
      predictions = new LinkedHashMap<>();
      BatchResult r = extract(predictions);
      code = r.hasErrors() ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
    EvalReport report = new Evaluation().compare(predictions, goldDocs);
    out.print(report.render(verbose));
    out.flush();
    return code;
  }

  private BatchResult extract(Map<String, GoldDocument> predictions) {
    GoldJsonWriter writer = new GoldJsonWriter();
    BatchOptions options = input.batchOptions(spec);
    Engine engine = Engine.load();
    return engine.batch(options).run(input.scan(), doc -> false, x -> {
      predictions.put(x.doc().id(), Evaluation.fromExtraction(x));
      jsonOut.ifPresent(dir -> Io.unchecked(() -> writer.write(x, dir)));
    });
  }
}
