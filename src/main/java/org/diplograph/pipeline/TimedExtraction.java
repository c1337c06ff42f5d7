package org.diplograph.pipeline;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.SourceDoc;

/**
 * One document's extraction running on a pool thread, with its deadline. Once abandoned, the extraction is
 * asked to stop (it gives up between two sentences or two stages) and its result, if any, is never used;
 * the thread it ran on is left to finish on its own, since the CoreNLP tagger cannot be interrupted. Used
 * by one batch runner thread; the flag it shares with the pool thread is thread-safe.
 */
final class TimedExtraction {
  private final SourceDoc doc;
  private final long deadlineNanos;
  private final AtomicBoolean abandoned = new AtomicBoolean();
  private final Future<DocumentExtraction> future;

  private TimedExtraction(SourceDoc doc, long deadlineNanos, ExecutorService pool, DocumentProcessor processor,
      StageTimes times, Runnable whenDone) {
    this.doc = doc;
    this.deadlineNanos = deadlineNanos;
    FutureTask<DocumentExtraction> task = new FutureTask<>(() -> processor.process(doc, abandoned::get, times)) {
      @Override
      protected void done() {
        whenDone.run(); // after the result is set, so that whoever is told sees isDone()
      }
    };
    this.future = task;
    pool.execute(task);
  }

  /**
   * Starts extracting {@code doc} now on {@code pool}, which must start it at once (an unbounded pool);
   * {@code whenDone} runs once the extraction has ended, however it ended (or once it is abandoned).
   */
  static TimedExtraction start(SourceDoc doc, Duration budget, ExecutorService pool, DocumentProcessor processor,
      Runnable whenDone) {
    return start(doc, budget, pool, processor, new StageTimes(), whenDone);
  }

  /** As {@link #start(SourceDoc, Duration, ExecutorService, DocumentProcessor, Runnable)}, timing the stages. */
  static TimedExtraction start(SourceDoc doc, Duration budget, ExecutorService pool, DocumentProcessor processor,
      StageTimes times, Runnable whenDone) {
    return new TimedExtraction(doc, System.nanoTime() + budget.toNanos(), pool, processor, times, whenDone);
  }

  SourceDoc doc() {
    return doc;
  }

  Future<DocumentExtraction> future() {
    return future;
  }

  boolean isDone() {
    return future.isDone();
  }

  boolean isAbandoned() {
    return abandoned.get();
  }

  /** Nanoseconds left before the deadline at {@code now} (negative once past it). */
  long nanosLeft(long now) {
    return deadlineNanos - now;
  }

  /** Gives the extraction up: it is asked to stop and its result will not be used. */
  void abandon() {
    abandoned.set(true);
    future.cancel(true);
  }
}
