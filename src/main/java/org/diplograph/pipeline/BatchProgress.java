package org.diplograph.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Told how far a batch is: how many documents it will extract, then each one as it is handed to the sink
 * (in input order, on the batch's calling thread), then that it ended. {@link #LOG} writes one log line a
 * document; a terminal shows a progress bar instead.
 */
public interface BatchProgress {
  /** One INFO line per document: "[3/800] doc-id". */
  BatchProgress LOG = new BatchProgress() {
    private final Logger log = LoggerFactory.getLogger(BatchRunner.class);

    @Override
    public void delivered(int done, int total, String document) {
      log.info("[{}/{}] {}", done, total, document);
    }
  };

  /** The batch will extract {@code documents} documents (the unchanged and repeated ones left out). */
  default void started(int documents) {}

  /** The {@code done}-th of {@code total} documents is through (stored, or failed and reported). */
  void delivered(int done, int total, String document);

  /** The batch ended, normally or not. */
  default void finished() {}
}
