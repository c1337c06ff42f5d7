package org.diplograph.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Told how far a batch is: how many inputs it has, then each document extracted as it is handed to the
 * sink (in input order, on the batch's calling thread) with the position of its input, then that it ended.
 * The count is of inputs, not documents: a streaming batch does not know how many documents its inputs
 * hold (a feed holds many) nor how many it will skip until it has read them. {@link #LOG} writes one log line a
 * document; a terminal shows a progress bar instead.
 */
public interface BatchProgress {
  /** One INFO line per document: "[3/800] doc-id", where 3 is the position of its input among 800. */
  BatchProgress LOG = new BatchProgress() {
    private final Logger log = LoggerFactory.getLogger(BatchRunner.class);

    @Override
    public void delivered(int input, int inputs, String document) {
      log.info("[{}/{}] {}", input, inputs, document);
    }
  };

  /** The batch will read {@code inputs} inputs. */
  default void started(int inputs) {}

  /**
   * A document of the {@code input}-th of {@code inputs} inputs is through (stored, or failed and reported);
   * the inputs before it are through too (their documents extracted, failed or skipped).
   */
  void delivered(int input, int inputs, String document);

  /** The batch ended, normally or not. */
  default void finished() {}
}
