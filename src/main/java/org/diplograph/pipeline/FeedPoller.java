package org.diplograph.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a store current with RSS/Atom feeds: fetches each feed at start and then every {@code interval}
 * with a conditional GET (If-None-Match with the last ETag, If-Modified-Since with the last
 * Last-Modified), so that an unchanged feed costs a 304 and nothing else; a changed one is ingested with
 * stable item ids (from each item's guid or link), so only new or changed items are extracted. A feed
 * that fails is logged and tried again at the next round. Runs on one daemon thread until {@link #close}.
 */
public final class FeedPoller implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

  private final List<URI> feeds;
  private final Ingestor ingestor;
  private final IngestRequest request;
  private final HttpClient http;
  private final Map<URI, Validators> validators = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer;

  /** What the server said last time, to ask whether the feed changed since. */
  private record Validators(Optional<String> etag, Optional<String> lastModified) {}

  private FeedPoller(List<URI> feeds, Ingestor ingestor, IngestRequest request) {
    this.feeds = List.copyOf(feeds);
    this.ingestor = ingestor;
    this.request = new IngestRequest(request.options(), request.force(), request.batch(), true);
    this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(20)).build();
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "feeds");
      t.setDaemon(true);
      return t;
    });
  }

  /** Starts polling {@code feeds} now and every {@code interval}. */
  public static FeedPoller start(List<URI> feeds, Duration interval, Ingestor ingestor, IngestRequest request) {
    FeedPoller p = new FeedPoller(feeds, ingestor, request);
    p.timer.scheduleWithFixedDelay(p::pollAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info("polling {} feed(s) every {}", feeds.size(), interval);
    return p;
  }

  private void pollAll() {
    for (URI feed : feeds) {
      try {
        poll(feed);
      } catch (IOException | RuntimeException e) {
        LOG.warn("{}: {}", feed, e.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Fetches one feed if it changed and ingests it; true when it was fetched (not 304). */
  boolean poll(URI feed) throws IOException, InterruptedException {
    HttpRequest.Builder get = HttpRequest.newBuilder(feed).timeout(Duration.ofSeconds(60)).GET()
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
    Validators known = validators.get(feed);
    if (known != null) {
      known.etag().ifPresent(e -> get.header("If-None-Match", e));
      known.lastModified().ifPresent(m -> get.header("If-Modified-Since", m));
    }
    HttpResponse<byte[]> resp = http.send(get.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (resp.statusCode() == 304) {
      LOG.debug("{}: not modified", feed);
      return false;
    }
    if (resp.statusCode() != 200) {
      LOG.warn("{}: HTTP {}", feed, resp.statusCode());
      return false;
    }
    validators.put(feed, new Validators(resp.headers().firstValue("ETag"),
        resp.headers().firstValue("Last-Modified")));
    IngestReport r = ingestor.ingest(sourceName(feed), resp.body(), request, x -> { });
    LOG.info("{}: {} item(s) stored, {} unchanged", feed, r.stored().size(), r.batch().unchanged());
    return true;
  }

  /**
   * The name a feed's items are read under: host and path with the separators made dashes, so that the
   * document ids ({@code <name>-<hash of guid>}) say where they come from and stay the same across polls.
   */
  static String sourceName(URI feed) {
    String path = Optional.ofNullable(feed.getPath()).orElse("").replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
    String name = (feed.getHost() + path).replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("-+$", "");
    return name + ".feed";
  }

  /** Stops polling; waits (up to 30 s) for an ingest under way to end, without interrupting it. */
  @Override
  public void close() {
    timer.shutdown();
    try {
      timer.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
