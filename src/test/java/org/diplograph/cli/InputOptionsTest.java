package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
}
