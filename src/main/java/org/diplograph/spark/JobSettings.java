package org.diplograph.spark;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;
import java.time.Duration;
import org.diplograph.pipeline.BatchOptions;

/**
 * The limits each executor applies to a document, shipped with the tasks.
 *
 * @param documentTimeoutMillis the time budget of reading an input and of extracting a document of up to
 *     {@link BatchOptions#BUDGET_CHARACTERS} characters (proportionally more for a longer one)
 * @param maxInputBytes the largest input read; a larger one is refused unread
 */
public record JobSettings(long documentTimeoutMillis, long maxInputBytes) implements Serializable {
  private static final long serialVersionUID = 1L;

  public JobSettings {
    checkArgument(documentTimeoutMillis >= 1, "documentTimeoutMillis must be positive: %s", documentTimeoutMillis);
    checkArgument(maxInputBytes >= 1, "maxInputBytes must be positive: %s", maxInputBytes);
  }

  /** The defaults of {@code extract}: 120 s per document, inputs up to 20 MB. */
  public static JobSettings defaults() {
    return of(BatchOptions.withThreads(1));
  }

  /** The limits of the batch options (their thread count does not apply: Spark schedules the tasks). */
  public static JobSettings of(BatchOptions options) {
    return new JobSettings(options.documentTimeout().toMillis(), options.maxInputBytes());
  }

  /** These limits as batch options for one thread. */
  public BatchOptions batchOptions() {
    return BatchOptions.withThreads(1).withDocumentTimeout(Duration.ofMillis(documentTimeoutMillis))
        .withMaxInputBytes(maxInputBytes);
  }
}
