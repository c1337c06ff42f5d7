package org.diplograph.pipeline;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.diplograph.model.Diagnostic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a store current with a folder: ingests every file of the folder (recursively, matching a glob) at
 * start and then each new or changed one. Changes are noticed through the JDK's {@link WatchService}
 * (native where the platform has it) and, as a fallback for file systems that do not report changes
 * (network mounts), by scanning the folder every {@code interval}. A file is taken once its size and time
 * stamp have held still for a moment, so that a file still being copied is not read half-written; the
 * ingestor skips content it already holds. Runs on one daemon thread until {@link #close}.
 */
public final class FolderWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
  /** How long a file must stay unchanged before it is read. */
  private static final Duration SETTLE = Duration.ofMillis(300);

  private final Path folder;
  private final String glob;
  private final Duration interval;
  private final Ingestor ingestor;
  private final IngestRequest request;
  private final Map<Path, Stamp> done = new HashMap<>();
  private final Set<Path> registered = new HashSet<>();
  private final Optional<WatchService> watch;
  private final Thread thread;
  private volatile boolean running = true;
  /** Counted down by {@link #close}: wakes the thread without interrupting it (an ingest must not be). */
  private final java.util.concurrent.CountDownLatch stop = new java.util.concurrent.CountDownLatch(1);

  private record Stamp(long size, FileTime modified) {}

  private FolderWatcher(Path folder, String glob, Duration interval, Ingestor ingestor, IngestRequest request) {
    this.folder = folder;
    this.glob = glob;
    this.interval = interval;
    this.ingestor = ingestor;
    this.request = request;
    this.watch = newWatchService();
    this.thread = new Thread(this::loop, "watch-" + folder.getFileName());
    thread.setDaemon(true);
  }

  /**
   * Starts watching {@code folder}: files matching {@code glob} are ingested with {@code request}; the
   * folder is scanned in full at least every {@code interval}.
   *
   * @throws IllegalArgumentException if {@code folder} is not a directory
   */
  public static FolderWatcher start(Path folder, String glob, Duration interval, Ingestor ingestor,
      IngestRequest request) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("not a folder: " + folder);
    }
    FolderWatcher w = new FolderWatcher(folder, glob, interval, ingestor, request);
    LOG.info("watching {} ({}; full scan every {} s)", folder,
        w.watch.isPresent() ? "file system events" : "polling only", interval.toSeconds());
    w.thread.start();
    return w;
  }

  private static Optional<WatchService> newWatchService() {
    try {
      return Optional.of(FileSystems.getDefault().newWatchService());
    } catch (IOException | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  private void loop() {
    while (running) {
      boolean unsettled = scan();
      waitForChange(unsettled ? SETTLE : interval);
    }
  }

  /** Ingests the new and changed files that have settled; true when some had not. */
  private boolean scan() {
    boolean unsettled = false;
    InputScan files = InputFiles.scan(List.of(folder), glob);
    registerFolders();
    for (Path f : files.files()) {
      Optional<Stamp> stamp = stamp(f);
      if (stamp.isEmpty() || stamp.get().equals(done.get(f))) {
        continue;
      }
      if (System.currentTimeMillis() - stamp.get().modified().toMillis() < SETTLE.toMillis()) {
        unsettled = true;
        continue;
      }
      ingest(f);
      done.put(f, stamp.get());
    }
    return unsettled;
  }

  private void ingest(Path f) {
    try {
      byte[] content = Files.readAllBytes(f);
      IngestReport r = ingestor.ingest(f.toString(), content, request, x -> { });
      LOG.info("{}: {} document(s) stored, {} unchanged", f, r.stored().size(), r.batch().unchanged());
      r.batch().diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
          .forEach(d -> LOG.warn("{}", d));
    } catch (IOException | RuntimeException e) {
      LOG.error("{}: cannot ingest: {}", f, e.toString());
    }
  }

  private static Optional<Stamp> stamp(Path f) {
    try {
      return Optional.of(new Stamp(Files.size(f), Files.getLastModifiedTime(f)));
    } catch (IOException e) {
      return Optional.empty(); // gone since the scan
    }
  }

  private void registerFolders() {
    if (watch.isEmpty()) {
      return;
    }
    try (var dirs = Files.walk(folder)) {
      dirs.filter(Files::isDirectory).filter(registered::add).forEach(d -> {
        try {
          d.register(watch.get(), StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException e) {
          LOG.debug("cannot watch {}: {}", d, e.toString());
        }
      });
    } catch (IOException | java.io.UncheckedIOException e) {
      LOG.debug("cannot list {}: {}", folder, e.toString());
    }
  }

  /** Waits for a file system event or {@code timeout}, whichever comes first. */
  private void waitForChange(Duration timeout) {
    try {
      if (watch.isEmpty()) {
        stop.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return;
      }
      WatchKey key = watch.get().poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (key != null) {
        key.pollEvents();
        key.reset();
        stop.await(SETTLE.toMillis(), TimeUnit.MILLISECONDS); // let a burst of events (a copy) end
      }
    } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
      running = false;
    }
  }

  /** Stops watching; waits (up to 30 s) for an ingest under way to end, without interrupting it. */
  @Override
  public void close() {
    running = false;
    stop.countDown();
    watch.ifPresent(w -> {
      try {
        w.close();
      } catch (IOException e) {
        // closing anyway
      }
    });
    try {
      thread.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
