package org.diplograph.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import org.diplograph.ingest.DocumentReader;

/**
 * How a batch runs and what it tolerates.
 *
 * @param threads documents extracted at the same time, sharing one NLP pipeline
 * @param documentTimeout the time budget of one document's extraction: a document still running after it is
 *     reported as failed, nothing of it is kept, and the batch goes on
 * @param maxInputBytes the largest input read; a larger one is refused with its size, unread
 */
public record BatchOptions(int threads, Duration documentTimeout, long maxInputBytes) {
  /** The default time budget of one document: a 500,000-character report takes well under it. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
  /** The default largest input: 20 MB, some seven million Chinese characters. */
  public static final long DEFAULT_MAX_INPUT_BYTES = DocumentReader.DEFAULT_MAX_INPUT_BYTES;

  public BatchOptions {
    checkArgument(threads >= 1, "threads must be at least 1: %s", threads);
    checkNotNull(documentTimeout, "documentTimeout");
    checkArgument(!documentTimeout.isNegative() && !documentTimeout.isZero(), "documentTimeout must be positive");
    checkArgument(maxInputBytes >= 1, "maxInputBytes must be positive: %s", maxInputBytes);
  }

  /** The defaults with the given number of threads. */
  public static BatchOptions withThreads(int threads) {
    return new BatchOptions(threads, DEFAULT_TIMEOUT, DEFAULT_MAX_INPUT_BYTES);
  }

  /** These options with another time budget per document. */
  public BatchOptions withDocumentTimeout(Duration timeout) {
    return new BatchOptions(threads, timeout, maxInputBytes);
  }

  /** These options with another largest input. */
  public BatchOptions withMaxInputBytes(long bytes) {
    return new BatchOptions(threads, documentTimeout, bytes);
  }
}
