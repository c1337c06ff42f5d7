package org.diplograph.pipeline;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * How to ingest one input.
 *
 * @param options threads, time budget and size limit
 * @param force re-extract documents the store holds unchanged
 * @param batch the client's batch the input belongs to (repeated content across its inputs is skipped)
 * @param stableFeedIds name feed items by their guid or link (polled feeds), not their position
 */
public record IngestRequest(BatchOptions options, boolean force, Optional<String> batch, boolean stableFeedIds) {
  public IngestRequest {
    checkNotNull(options, "options");
    checkNotNull(batch, "batch");
  }

  /** The defaults with {@code threads} threads: no force, no batch, positional feed ids. */
  public static IngestRequest withThreads(int threads) {
    return new IngestRequest(BatchOptions.withThreads(threads), false, Optional.empty(), false);
  }
}
