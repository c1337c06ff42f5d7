package org.diplograph.pipeline;

import com.google.common.base.Suppliers;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.diplograph.ingest.DocumentReader;
import org.diplograph.model.Diagnostic;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.SourceDoc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one input and extracts one document at a time, each within the time budget of the batch options,
 * for engines that schedule documents themselves (a Spark task) rather than through a {@link BatchRunner}.
 * A failure (unreadable input, an error, a budget overrun) comes back as a {@link Diagnostic} worded as a
 * batch words it, for the caller to report (the guard does not log it); a document over its budget is given up as a batch gives it up (its thread, which the
 * CoreNLP tagger does not let stop, ends on its own). Thread-safe; close it to release its threads.
 */
public final class GuardedProcessor implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GuardedProcessor.class);

  private final DocumentReader reader;
  private final Supplier<DocumentProcessor> processor;
  private final BatchOptions options;
  private final ExecutorService pool = Executors.newCachedThreadPool(new DaemonThreads());

  public GuardedProcessor(DocumentProcessor processor, BatchOptions options) {
    this(() -> processor, options);
  }

  /**
   * A guard that asks {@code processor} for the processor when it first extracts, so that reading alone
   * never loads the models.
   */
  public GuardedProcessor(Supplier<DocumentProcessor> processor, BatchOptions options) {
    this.reader = new DocumentReader(options.maxInputBytes());
    this.processor = Suppliers.memoize(processor::get);
    this.options = options;
  }

  /** The documents of one input, or the problem reading it. */
  public record Reading(List<SourceDoc> documents, Optional<Diagnostic> problem) {
    public Reading {
      documents = List.copyOf(documents);
    }
  }

  /** One document's extraction, or the problem that stopped it. */
  public record Outcome(SourceDoc doc, Optional<DocumentExtraction> extraction, Optional<Diagnostic> problem) {}

  /**
   * Reads the input named {@code source} from {@code content} (read to its end, or until it is over the size
   * limit), within the time budget of one input; the parse time is added to {@code times}.
   */
  public Reading read(String source, InputStream content, StageTimes times) {
    long t0 = System.nanoTime();
    Future<List<SourceDoc>> reading = pool.submit(() -> reader.read(source, content));
    try {
      return new Reading(reading.get(options.documentTimeout().toNanos(), TimeUnit.NANOSECONDS), Optional.empty());
    } catch (ExecutionException e) {
      return failedReading(source, FailureMessages.readProblem(e.getCause() == null ? e : e.getCause()));
    } catch (TimeoutException e) {
      reading.cancel(true);
      return failedReading(source, FailureMessages.readingOverBudget(options));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      times.add(Stage.PARSE, System.nanoTime() - t0);
    }
  }

  private static Reading failedReading(String source, String problem) {
    return new Reading(List.of(), Optional.of(error(source, problem)));
  }

  /** Extracts the document within its budget ({@link BatchOptions#budgetFor}), timing its stages. */
  public Outcome extract(SourceDoc doc, StageTimes times) {
    DocumentProcessor loaded = processor.get();
    TimedExtraction x = TimedExtraction.start(doc, options.budgetFor(FailureMessages.characters(doc)), pool,
        loaded, times, () -> { });
    try {
      long left = x.nanosLeft(System.nanoTime());
      return new Outcome(doc, Optional.of(x.future().get(Math.max(left, 0), TimeUnit.NANOSECONDS)),
          Optional.empty());
    } catch (TimeoutException e) {
      x.abandon();
      return failed(doc, FailureMessages.overBudget(options, doc));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      LOG.debug("{}: extraction of {} failed", doc.source(), doc.id(), cause);
      return failed(doc, FailureMessages.extractionFailed(doc, cause));
    } catch (InterruptedException e) {
      x.abandon();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static Outcome failed(SourceDoc doc, String problem) {
    return new Outcome(doc, Optional.empty(), Optional.of(error(doc.source(), problem)));
  }

  private static Diagnostic error(String source, String problem) {
    return Diagnostic.error(source, FailureMessages.oneLine(problem));
  }

  /** Stops the threads; an extraction given up earlier may still be running on its daemon thread. */
  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** Daemon threads, so that an extraction given up never keeps the process alive. */
  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "guarded-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
