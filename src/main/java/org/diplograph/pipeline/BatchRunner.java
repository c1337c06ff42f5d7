package org.diplograph.pipeline;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.diplograph.ingest.DocumentReader;
import org.diplograph.pipeline.DocumentQueue.Input;
import org.diplograph.model.Diagnostic;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.SourceDoc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a batch: reads the inputs (the path {@code -} is standard input) one at a time as extraction threads
 * come free, so that memory stays flat however many there are ({@link DocumentQueue}), skips repeated content
 * (remembering content hashes only) and documents the destination already holds unchanged, extracts
 * documents on a pool of threads sharing one {@link DocumentProcessor}, and hands each extraction to the
 * sink in input order on the calling thread (so the sink need not be thread-safe). A bad input becomes a {@link Diagnostic} and the batch goes on; so does
 * a document whose reading or extraction runs over its time budget ({@link BatchOptions#budgetFor}):
 * the runner stops waiting for it, nothing of it reaches the sink, and the thread it ran on, which cannot be
 * stopped inside the CoreNLP tagger, is left to end on its own.
 */
public final class BatchRunner {
  private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);
  /** Extractions started ahead of the one the sink waits for, per thread: bounds the results held. */
  private static final int AHEAD_PER_THREAD = 4;

  private final DocumentReader reader;
  private final DocumentProcessor processor;
  private final BatchOptions options;
  private final InputStream stdin;
  private final BatchProgress progress;
  private final Set<String> seenContent;

  /** A runner with the default limits, reading {@code -} from {@link System#in}. */
  public BatchRunner(DocumentReader reader, DocumentProcessor processor, int threads) {
    this(reader, processor, BatchOptions.withThreads(threads), System.in);
  }

  /** A runner with the default limits, reading {@code -} from the given stream. */
  public BatchRunner(DocumentReader reader, DocumentProcessor processor, int threads, InputStream stdin) {
    this(reader, processor, BatchOptions.withThreads(threads), stdin);
  }

  /**
   * A runner reading {@code -} from the given stream (read once, when the batch comes to it). The reader's
   * own size limit applies to every input; {@link Engine#batch(BatchOptions)} makes it the options' one.
   */
  public BatchRunner(DocumentReader reader, DocumentProcessor processor, BatchOptions options, InputStream stdin) {
    this(reader, processor, options, stdin, BatchProgress.LOG, null);
  }

  private BatchRunner(DocumentReader reader, DocumentProcessor processor, BatchOptions options, InputStream stdin,
      BatchProgress progress, Set<String> seenContent) {
    this.reader = reader;
    this.processor = processor;
    this.options = options;
    this.stdin = stdin;
    this.progress = progress;
    this.seenContent = seenContent;
  }

  /** This runner, telling {@code progress} about each document (by default a log line each). */
  public BatchRunner withProgress(BatchProgress progress) {
    return new BatchRunner(reader, processor, options, stdin, progress, seenContent);
  }

  /**
   * This runner, counting as duplicates the documents whose content hash is in {@code seen} and adding the
   * hashes of those it reads: batches sharing one set (one client's files sent one by one) skip repeated
   * content across them as one batch would. The set must be thread-safe if shared between threads.
   */
  public BatchRunner withSeenContent(Set<String> seen) {
    return new BatchRunner(reader, processor, options, stdin, progress, seen);
  }

  /** Reads and extracts the files; every extraction goes to {@code sink}. */
  public BatchResult run(List<Path> files, Consumer<DocumentExtraction> sink) {
    return run(files, doc -> false, sink);
  }

  /**
   * Reads and extracts the files, skipping the documents {@code isUnchanged} says the destination already
   * holds (for a store: same id, same content hash); every extraction goes to {@code sink}.
   */
  public BatchResult run(List<Path> files, Predicate<SourceDoc> isUnchanged, Consumer<DocumentExtraction> sink) {
    return run(new InputScan(files, List.of()), isUnchanged, sink);
  }

  /**
   * As {@link #run(List, Predicate, Consumer)} on the scanned files; the problems of the scan come first
   * among the result's diagnostics.
   */
  public BatchResult run(InputScan inputs, Predicate<SourceDoc> isUnchanged, Consumer<DocumentExtraction> sink) {
    Iterator<Input> sources = inputs.files().stream().map(f -> new Input(f.toString(), () -> read(f))).iterator();
    return run(sources, inputs.files().size(), inputs.problems(), isUnchanged, sink);
  }

  /**
   * As {@link #run(List, Predicate, Consumer)} on one input held in memory, read as if from a file named
   * {@code sourceName} (whose stem names the document).
   */
  public BatchResult run(String sourceName, byte[] content, Predicate<SourceDoc> isUnchanged,
      Consumer<DocumentExtraction> sink) {
    Input in = new Input(sourceName, () -> reader.read(sourceName, content));
    return run(List.of(in).iterator(), 1, List.of(), isUnchanged, sink);
  }

  /**
   * Runs the batch over {@code count} inputs, read one at a time as extraction threads come free: at most
   * the documents of one input and those of the extraction window are held at once, whatever the count.
   */
  BatchResult run(Iterator<Input> inputs, int count, List<Diagnostic> problems, Predicate<SourceDoc> isUnchanged,
      Consumer<DocumentExtraction> sink) {
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newCachedThreadPool(new DaemonThreads());
    try {
      List<Diagnostic> diagnostics = new ArrayList<>(problems);
      DocumentQueue queue = new DocumentQueue(inputs, pool, options,
          seenContent == null ? new HashSet<>() : seenContent, isUnchanged, (in, p) -> fail(diagnostics, in, p));
      progress.started(count);
      int done;
      try {
        done = extract(queue, count, pool, sink, diagnostics);
      } finally {
        progress.finished();
      }
      return new BatchResult(queue.inputsRead(), done, queue.duplicates(), queue.unchanged(), diagnostics,
          Duration.ofNanos(System.nanoTime() - t0));
    } finally {
      pool.shutdownNow();
    }
  }

  private List<SourceDoc> read(Path file) {
    if (!file.toString().equals(DocumentReader.STDIN)) {
      return reader.read(file);
    }
    return reader.read(DocumentReader.STDIN, stdin);
  }

  /**
   * Extracts the queue's documents, at most {@code threads} at a time, each within its time budget,
   * delivering them in input order; the next document is read only when a thread is free and the window
   * of finished extractions waiting for an earlier one is not full. Returns how many reached the sink.
   */
  private int extract(DocumentQueue queue, int inputs, ExecutorService pool, Consumer<DocumentExtraction> sink,
      List<Diagnostic> diagnostics) {
    BlockingQueue<Boolean> ends = new LinkedBlockingQueue<>();
    Deque<Started> window = new ArrayDeque<>();
    boolean prepared = false;
    boolean exhausted = false;
    int done = 0;
    while (true) {
      while (!exhausted && running(window) < options.threads() && window.size() < AHEAD_PER_THREAD * options.threads()) {
        Optional<DocumentQueue.Queued> next = queue.next();
        if (next.isEmpty()) {
          exhausted = true;
        } else {
          if (!prepared) {
            processor.prepare(); // loads the models of a lazy engine, outside the documents' time budgets
            prepared = true;
          }
          window.add(start(next.get(), pool, ends));
        }
      }
      if (window.isEmpty()) {
        return done;
      }
      abandonOverdue(window, diagnostics);
      while (!window.isEmpty() && (window.peek().x().isDone() || window.peek().x().isAbandoned())) {
        Started head = window.poll();
        done += deliver(head.x(), sink, diagnostics) ? 1 : 0;
        progress.delivered(head.input(), inputs, head.x().doc().id() + encodingNote(head.x().doc()));
      }
      awaitAnEnd(ends, window);
    }
  }

  /** An extraction started, and the position of the input its document came from. */
  private record Started(TimedExtraction x, int input) {}

  private Started start(DocumentQueue.Queued q, ExecutorService pool, BlockingQueue<Boolean> ends) {
    SourceDoc doc = q.doc();
    return new Started(TimedExtraction.start(doc, options.budgetFor(characters(doc)), pool, processor,
        () -> ends.add(Boolean.TRUE)), q.input());
  }

  /** " (GB18030)" for a document not read from UTF-8, else nothing. */
  private static String encodingNote(SourceDoc doc) {
    return doc.encoding().filter(cs -> !cs.equals(StandardCharsets.UTF_8)).map(cs -> " (" + cs.name() + ")").orElse("");
  }

  /** The extractions of the window still running and not given up. */
  private static int running(Deque<Started> window) {
    return (int) window.stream().map(Started::x).filter(x -> !x.isDone() && !x.isAbandoned()).count();
  }

  private void abandonOverdue(Deque<Started> window, List<Diagnostic> diagnostics) {
    long now = System.nanoTime();
    for (Started started : window) {
      TimedExtraction x = started.x();
      if (!x.isDone() && !x.isAbandoned() && x.nanosLeft(now) <= 0) {
        x.abandon();
        fail(diagnostics, x.doc().source(), FailureMessages.overBudget(options, x.doc()));
      }
    }
  }

  private static long characters(SourceDoc doc) {
    return FailureMessages.characters(doc);
  }

  /** Waits until some extraction ends or the first deadline of the window passes. */
  private static void awaitAnEnd(BlockingQueue<Boolean> ends, Deque<Started> window) {
    long now = System.nanoTime();
    long wait = window.stream().map(Started::x).filter(x -> !x.isDone() && !x.isAbandoned())
        .mapToLong(x -> x.nanosLeft(now)).min().orElse(-1);
    if (wait <= 0) {
      return;
    }
    try {
      ends.poll(wait, TimeUnit.NANOSECONDS);
      ends.clear();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Hands a finished extraction to the sink; true when it did. */
  private static boolean deliver(TimedExtraction x, Consumer<DocumentExtraction> sink, List<Diagnostic> diagnostics) {
    if (x.isAbandoned()) {
      return false;
    }
    try {
      sink.accept(x.future().get());
      return true;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      fail(diagnostics, x.doc().source(), FailureMessages.extractionFailed(x.doc(), cause));
      LOG.debug("{}: extraction of {} failed", x.doc().source(), x.doc().id(), cause);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Records and logs the problem as one line (a parser's message may span several). */
  private static void fail(List<Diagnostic> diagnostics, String source, String problem) {
    String line = FailureMessages.oneLine(problem);
    diagnostics.add(Diagnostic.error(source, line));
    LOG.error("{}: {}", source, line);
  }

  /** Daemon threads, so that an extraction given up never keeps the process alive. */
  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "extract-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
