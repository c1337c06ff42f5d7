package org.diplograph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.diplograph.ingest.DocumentReader;
import org.diplograph.ingest.IngestException;
import org.diplograph.model.Diagnostic;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.SourceDoc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a batch: reads every input (the path {@code -} is standard input), skips repeated content and
 * documents the destination already holds unchanged, extracts documents on a pool of threads sharing one
 * {@link DocumentProcessor}, and hands each extraction to the sink in input order on the calling thread (so
 * the sink need not be thread-safe). A bad input becomes a {@link Diagnostic} and the batch goes on.
 */
public final class BatchRunner {
  private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);

  private final DocumentReader reader;
  private final DocumentProcessor processor;
  private final int threads;
  private final InputStream stdin;

  /** A runner reading {@code -} from {@link System#in}. */
  public BatchRunner(DocumentReader reader, DocumentProcessor processor, int threads) {
    this(reader, processor, threads, System.in);
  }

  /** A runner reading {@code -} from the given stream (read once, when the batch comes to it). */
  public BatchRunner(DocumentReader reader, DocumentProcessor processor, int threads, InputStream stdin) {
    this.reader = reader;
    this.processor = processor;
    this.threads = Math.max(1, threads);
    this.stdin = stdin;
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
    long t0 = System.nanoTime();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<SourceDoc> read = read(files, diagnostics);
    List<SourceDoc> unique = dropRepeats(read);
    List<SourceDoc> changed = dropUnchanged(unique, isUnchanged);
    int done = extract(changed, sink, diagnostics);
    return new BatchResult(files.size(), done, read.size() - unique.size(), unique.size() - changed.size(),
        diagnostics, Duration.ofNanos(System.nanoTime() - t0));
  }

  private List<SourceDoc> read(List<Path> files, List<Diagnostic> diagnostics) {
    List<SourceDoc> docs = new ArrayList<>();
    for (Path f : files) {
      try {
        docs.addAll(read(f));
      } catch (IngestException e) {
        diagnostics.add(Diagnostic.error(f.toString(), e.getMessage()));
        LOG.error("{}: {}", f, e.getMessage());
      }
    }
    return docs;
  }

  private List<SourceDoc> read(Path file) {
    if (!file.toString().equals(DocumentReader.STDIN)) {
      return reader.read(file);
    }
    try {
      return reader.read(DocumentReader.STDIN, stdin.readAllBytes());
    } catch (IOException e) {
      throw new IngestException(DocumentReader.STDIN, "cannot read standard input: " + e, e);
    }
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

  private static List<SourceDoc> dropRepeats(List<SourceDoc> docs) {
    Set<String> seen = new HashSet<>();
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

  private int extract(List<SourceDoc> docs, Consumer<DocumentExtraction> sink, List<Diagnostic> diagnostics) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<DocumentExtraction>> futures = new ArrayList<>();
      docs.forEach(d -> futures.add(pool.submit(() -> processor.process(d))));
      int done = 0;
      for (int i = 0; i < docs.size(); i++) {
        if (deliver(docs.get(i), futures.get(i), sink, diagnostics)) {
          done++;
        }
        LOG.info("[{}/{}] {}", i + 1, docs.size(), docs.get(i).id());
      }
      return done;
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean deliver(SourceDoc doc, Future<DocumentExtraction> f, Consumer<DocumentExtraction> sink,
      List<Diagnostic> diagnostics) {
    try {
      sink.accept(f.get());
      return true;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      diagnostics.add(Diagnostic.error(doc.source(), "extraction failed: " + cause));
      LOG.error("{}: extraction failed", doc.source(), cause);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
