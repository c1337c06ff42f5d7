package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.diplograph.pipeline.Benchmark;
import org.diplograph.pipeline.BenchmarkResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code benchmark}: extraction speed and memory on the inputs, with printed figures. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
    description = "Measures model load time, extraction throughput (documents/s, characters/s) and peak "
        + "heap on the inputs (default: seeds/), extracting them several times without writing anything.")
final class BenchmarkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Option(names = "--passes", defaultValue = "3", paramLabel = "N",
      description = "Passes over the inputs; the best one is the steady state (default: ${DEFAULT-VALUE}).")
  int passes = 3;

  @Override
  public Integer call() {
    if (passes < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--passes must be at least 1");
    }
    BenchmarkResult r = Benchmark.run(input.files(), input.batchOptions(spec), passes);
    PrintWriter out = spec.commandLine().getOut();
    out.print(r.render());
    out.flush();
    return r.documents() > 0 ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}
