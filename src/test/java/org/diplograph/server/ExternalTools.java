package org.diplograph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Finds and runs the external programs the service tests use (Debian's python3, chromium, dot). */
public final class ExternalTools {
  /** The output of a finished program. */
  public record Run(int exit, String out) {}

  private ExternalTools() {}

  /** A python3 that can import all {@code modules}: Debian's /usr/bin/python3 first, then the PATH's. */
  public static Optional<String> python(String... modules) {
    String imports = "import " + String.join(", ", modules);
    for (String py : List.of("/usr/bin/python3", "python3")) {
      try {
        if (run(List.of(py, "-c", imports), 30).exit() == 0) {
          return Optional.of(py);
        }
      } catch (IOException e) {
        // not installed here; try the next one
      }
    }
    return Optional.empty();
  }

  /** The file when it exists and is executable. */
  public static Optional<Path> executable(String path) {
    Path p = Path.of(path);
    return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
  }

  /**
   * The executable at {@code path}; when it is missing, the test fails where {@code CI} is set (.ci/run
   * installs the Debian package) and is skipped elsewhere.
   */
  public static Path require(String path, String debianPackage) {
    Optional<Path> found = executable(path);
    if (found.isEmpty() && System.getenv("CI") != null) {
      Assertions.fail(path + " is missing: .ci/run should have installed the Debian package " + debianPackage);
    }
    Assumptions.assumeTrue(found.isPresent(), path + " not installed (apt-get install " + debianPackage + ")");
    return found.orElseThrow();
  }

  /** Runs a program with stderr merged into stdout, waiting at most {@code seconds}. */
  public static Run run(List<String> command, int seconds) throws IOException {
    Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
    try {
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("timed out: " + command);
      }
      return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + command, e);
    }
  }
}
