package org.diplograph.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import org.diplograph.ingest.DocumentReader;

/**
 * How a batch runs and what it tolerates.
 *
 * @param threads documents extracted at the same time, sharing one NLP pipeline
 * @param documentTimeout the time budget of reading one input, and of extracting one document of up to
 *     {@link #BUDGET_CHARACTERS} characters (a longer one gets proportionally more, see {@link #budgetFor}):
 *     a document still running after its budget is reported as failed, nothing of it is kept, and the batch
 *     goes on
 * @param maxInputBytes the largest input read; a larger one is refused with its size, unread
 */
public record BatchOptions(int threads, Duration documentTimeout, long maxInputBytes) {
  /**
   * The default time budget of one document: an article takes a second or two, 100,000 characters some
   * 10 to 25 s on two busy cores.
   */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
  /** The length of text the time budget is for; extraction time grows linearly with the length. */
  public static final int BUDGET_CHARACTERS = 100_000;
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

  /**
   * The time budget of extracting a document of the given length: {@link #documentTimeout()} up to
   * {@link #BUDGET_CHARACTERS} characters, proportionally more beyond, so that a long report is not cut
   * off for being long, while a stall (work growing faster than the text) still is.
   */
  public Duration budgetFor(long characters) {
    return characters <= BUDGET_CHARACTERS ? documentTimeout
        : Duration.ofMillis(documentTimeout.toMillis() * characters / BUDGET_CHARACTERS);
  }

  /** These options with another time budget per document. */
  public BatchOptions withDocumentTimeout(Duration timeout) {
    return new BatchOptions(threads, timeout, maxInputBytes);
  }

  /** These options with another number of threads. */
  public BatchOptions withThreadsOf(int n) {
    return new BatchOptions(n, documentTimeout, maxInputBytes);
  }

  /** These options with another largest input. */
  public BatchOptions withMaxInputBytes(long bytes) {
    return new BatchOptions(threads, documentTimeout, bytes);
  }
}
