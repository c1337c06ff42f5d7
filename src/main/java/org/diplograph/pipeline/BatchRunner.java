package org.diplograph.pipeline;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.diplograph.ingest.DocumentReader;
import org.diplograph.model.Diagnostic;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.SourceDoc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a batch: reads every input (the path {@code -} is standard input), skips repeated content and
 * documents the destination already holds unchanged, extracts documents on a pool of threads sharing one
 * {@link DocumentProcessor}, and hands each extraction to the sink in input order on the calling thread (so
 * the sink need not be thread-safe). A bad input becomes a {@link Diagnostic} and the batch goes on; so does
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
    List<Input> sources = inputs.files().stream().map(f -> new Input(f.toString(), () -> read(f))).toList();
    return run(sources, inputs.problems(), isUnchanged, sink);
  }

  /**
   * As {@link #run(List, Predicate, Consumer)} on one input held in memory, read as if from a file named
   * {@code sourceName} (whose stem names the document).
   */
  public BatchResult run(String sourceName, byte[] content, Predicate<SourceDoc> isUnchanged,
      Consumer<DocumentExtraction> sink) {
    return run(List.of(new Input(sourceName, () -> reader.read(sourceName, content))), List.of(), isUnchanged, sink);
  }

  private BatchResult run(List<Input> inputs, List<Diagnostic> problems, Predicate<SourceDoc> isUnchanged,
      Consumer<DocumentExtraction> sink) {
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newCachedThreadPool(new DaemonThreads());
    try {
      List<Diagnostic> diagnostics = new ArrayList<>(problems);
      List<SourceDoc> read = read(inputs, pool, diagnostics);
      List<SourceDoc> unique = dropRepeats(read, seenContent == null ? new HashSet<>() : seenContent);
      List<SourceDoc> changed = dropUnchanged(unique, isUnchanged);
      if (!changed.isEmpty()) {
        processor.prepare(); // loads the models of a lazy engine, outside the documents' time budgets
      }
      progress.started(changed.size());
      int done;
      try {
        done = extract(changed, pool, sink, diagnostics);
      } finally {
        progress.finished();
      }
      return new BatchResult(inputs.size(), done, read.size() - unique.size(), unique.size() - changed.size(),
          diagnostics, Duration.ofNanos(System.nanoTime() - t0));
    } finally {
      pool.shutdownNow();
    }
  }

  /** An input to read: its name and how to read its documents. */
  private record Input(String name, Callable<List<SourceDoc>> documents) {}

  private List<SourceDoc> read(List<Input> inputs, ExecutorService pool, List<Diagnostic> diagnostics) {
    List<SourceDoc> docs = new ArrayList<>();
    for (Input in : inputs) {
      Future<List<SourceDoc>> reading = pool.submit(in.documents());
      try {
        docs.addAll(reading.get(options.documentTimeout().toNanos(), TimeUnit.NANOSECONDS));
      } catch (ExecutionException e) {
        fail(diagnostics, in.name(), FailureMessages.readProblem(e.getCause() == null ? e : e.getCause()));
      } catch (TimeoutException e) {
        reading.cancel(true);
        fail(diagnostics, in.name(), FailureMessages.readingOverBudget(options));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    return docs;
  }

  private List<SourceDoc> read(Path file) {
    if (!file.toString().equals(DocumentReader.STDIN)) {
      return reader.read(file);
    }
    return reader.read(DocumentReader.STDIN, stdin);
  }

  private static List<SourceDoc> dropUnchanged(List<SourceDoc> docs, Predicate<SourceDoc> isUnchanged) {
    List<SourceDoc> out = new ArrayList<>();
    for (SourceDoc d : docs) {
      if (isUnchanged.test(d)) {
        LOG.info("{}: {} unchanged since the last run, skipped", d.source(), d.id());
      } else {
        out.add(d);
      }
    }
    return out;
  }

  private static List<SourceDoc> dropRepeats(List<SourceDoc> docs, Set<String> seen) {
    List<SourceDoc> out = new ArrayList<>();
    for (SourceDoc d : docs) {
      if (seen.add(d.contentHash())) {
        out.add(d);
      } else {
        LOG.info("{}: same content as an earlier document, skipped", d.source());
      }
    }
    return out;
  }

  /**
   * Extracts the documents, at most {@code threads} at a time, each within its time budget, delivering them
   * in input order. Returns how many reached the sink.
   */
  private int extract(List<SourceDoc> docs, ExecutorService pool, Consumer<DocumentExtraction> sink,
      List<Diagnostic> diagnostics) {
    BlockingQueue<Boolean> ends = new LinkedBlockingQueue<>();
    Deque<TimedExtraction> window = new ArrayDeque<>();
    int next = 0;
    int done = 0;
    int delivered = 0;
    while (delivered < docs.size()) {
      while (next < docs.size() && running(window) < options.threads()
          && window.size() < AHEAD_PER_THREAD * options.threads()) {
        SourceDoc doc = docs.get(next++);
        window.add(TimedExtraction.start(doc, options.budgetFor(characters(doc)), pool, processor,
            () -> ends.add(Boolean.TRUE)));
      }
      abandonOverdue(window, diagnostics);
      while (!window.isEmpty() && (window.peek().isDone() || window.peek().isAbandoned())) {
        TimedExtraction head = window.poll();
        done += deliver(head, sink, diagnostics) ? 1 : 0;
        delivered++;
        progress.delivered(delivered, docs.size(), head.doc().id() + encodingNote(head.doc()));
      }
      awaitAnEnd(ends, window);
    }
    return done;
  }

  /** " (GB18030)" for a document not read from UTF-8, else nothing. */
  private static String encodingNote(SourceDoc doc) {
    return doc.encoding().filter(cs -> !cs.equals(StandardCharsets.UTF_8)).map(cs -> " (" + cs.name() + ")").orElse("");
  }

  /** The extractions of the window still running and not given up. */
  private static int running(Deque<TimedExtraction> window) {
    return (int) window.stream().filter(x -> !x.isDone() && !x.isAbandoned()).count();
  }

  private void abandonOverdue(Deque<TimedExtraction> window, List<Diagnostic> diagnostics) {
    long now = System.nanoTime();
    for (TimedExtraction x : window) {
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
  private static void awaitAnEnd(BlockingQueue<Boolean> ends, Deque<TimedExtraction> window) {
    long now = System.nanoTime();
    long wait = window.stream().filter(x -> !x.isDone() && !x.isAbandoned())
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
