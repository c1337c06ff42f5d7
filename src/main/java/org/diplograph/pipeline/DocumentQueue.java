package org.diplograph.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.diplograph.model.SourceDoc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The documents of a batch's inputs, read one input at a time, only when the batch asks for the next
 * document: the batch holds the documents of one input (a feed gives several) plus those being extracted,
 * never all of them. Documents whose content an earlier one had (kept as content hashes only) and those the
 * destination holds unchanged are counted and left out. Reading an input runs on the pool within the time
 * budget of one document; an input that fails or runs over is reported to {@code failures} and skipped. Used
 * by the one thread running the batch.
 */
final class DocumentQueue {
  private static final Logger LOG = LoggerFactory.getLogger(DocumentQueue.class);

  /** An input to read: its name and how to read its documents. */
  record Input(String name, Callable<List<SourceDoc>> documents) {}

  /** A document to extract and the 1-based position of the input it came from. */
  record Queued(SourceDoc doc, int input) {}

  private final Iterator<Input> inputs;
  private final ExecutorService pool;
  private final BatchOptions options;
  private final Set<String> seenContent;
  private final Predicate<SourceDoc> isUnchanged;
  private final BiConsumer<String, String> failures;
  private final Deque<SourceDoc> current = new ArrayDeque<>();
  private int inputsRead;
  private int duplicates;
  private int unchanged;

  /**
   * @param seenContent the content hashes already met (this batch's, or a client's over several batches);
   *     the hashes of the documents read are added
   * @param failures told the input's name and the one-line problem of each input that could not be read
   */
  DocumentQueue(Iterator<Input> inputs, ExecutorService pool, BatchOptions options, Set<String> seenContent,
      Predicate<SourceDoc> isUnchanged, BiConsumer<String, String> failures) {
    this.inputs = inputs;
    this.pool = pool;
    this.options = options;
    this.seenContent = seenContent;
    this.isUnchanged = isUnchanged;
    this.failures = failures;
  }

  /** The next document to extract, reading further inputs as needed; empty once every input is read. */
  Optional<Queued> next() {
    while (true) {
      while (current.isEmpty()) {
        if (!inputs.hasNext()) {
          return Optional.empty();
        }
        readNextInput();
      }
      SourceDoc doc = current.poll();
      if (isNew(doc)) {
        return Optional.of(new Queued(doc, inputsRead));
      }
    }
  }

  private void readNextInput() {
    Input in = inputs.next();
    inputsRead++;
    Future<List<SourceDoc>> reading = pool.submit(in.documents());
    try {
      List<SourceDoc> docs = reading.get(options.documentTimeout().toNanos(), TimeUnit.NANOSECONDS);
      current.addAll(docs);
    } catch (ExecutionException e) {
      failures.accept(in.name(), FailureMessages.readProblem(e.getCause() == null ? e : e.getCause()));
    } catch (TimeoutException e) {
      reading.cancel(true);
      failures.accept(in.name(), FailureMessages.readingOverBudget(options));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private boolean isNew(SourceDoc doc) {
    if (!seenContent.add(doc.contentHash())) {
      duplicates++;
      LOG.info("{}: same content as an earlier document, skipped", doc.source());
      return false;
    }
    if (isUnchanged.test(doc)) {
      unchanged++;
      LOG.info("{}: {} unchanged since the last run, skipped", doc.source(), doc.id());
      return false;
    }
    return true;
  }

  /** Inputs read (or tried) so far. */
  int inputsRead() {
    return inputsRead;
  }

  /** Documents left out because an earlier one had the same content. */
  int duplicates() {
    return duplicates;
  }

  /** Documents left out because the destination holds them unchanged. */
  int unchanged() {
    return unchanged;
  }
}
