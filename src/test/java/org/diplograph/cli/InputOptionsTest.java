package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.diplograph.pipeline.BatchOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class InputOptionsTest {
  @Test
  void dashIsAnInputStandingForStandardInput() {
    ExtractCommand command = new ExtractCommand();
    new CommandLine(command).parseArgs("-", "--force");
    assertEquals(List.of(Path.of("-")), command.input.files());
    assertTrue(command.force);
  }

  @Test
  void theTimeBudgetAndSizeLimitAreOptions() {
    EvalCommand command = new EvalCommand();
    CommandLine line = new CommandLine(command);
    line.parseArgs("--gold", "g", "--doc-timeout", "30", "--max-input-mb", "5", "--threads", "3");
    BatchOptions options = command.input.batchOptions(line.getCommandSpec());
    assertEquals(new BatchOptions(3, Duration.ofSeconds(30), 5L * 1024 * 1024), options);
  }

  @Test
  void theDefaultsAreTwoMinutesAndTwentyMegabytes() {
    ExtractCommand command = new ExtractCommand();
    CommandLine line = new CommandLine(command);
    line.parseArgs();
    assertEquals(BatchOptions.withThreads(2), command.input.batchOptions(line.getCommandSpec()));
    assertEquals(Duration.ofSeconds(120), BatchOptions.DEFAULT_TIMEOUT);
  }

  @Test
  void aZeroTimeBudgetIsBadUsage() {
    ExtractCommand command = new ExtractCommand();
    CommandLine line = new CommandLine(command);
    line.parseArgs("--doc-timeout", "0");
    assertThrows(CommandLine.ParameterException.class, () -> command.input.batchOptions(line.getCommandSpec()));
  }
}
