package org.diplograph.pipeline;

import java.time.Duration;
import java.util.List;
import org.diplograph.model.Diagnostic;

/**
 * What a batch run did.
 *
 * @param inputs input files (or stdin) read
 * @param documents documents extracted
 * @param duplicates documents skipped because an earlier one had the same content
 * @param unchanged documents skipped because the destination already holds them with the same content
 *     (a feed read again)
 * @param diagnostics problems with single inputs; the rest of the batch went on
 * @param elapsed wall-clock time of the run
 */
public record BatchResult(
    int inputs, int documents, int duplicates, int unchanged, List<Diagnostic> diagnostics, Duration elapsed) {
  public BatchResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** True when some input failed. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }
}
