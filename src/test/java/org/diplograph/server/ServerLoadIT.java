package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.diplograph.graph.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server under load, without the models: a TDB2 store on disk filled with {@link GeneratedGraph}
 * (documents of the shape extraction gives, {@code diplograph.load.docs}, default 1000), served by
 * {@link GraphServer} as {@code serve} starts it, with a query timeout of {@code diplograph.load.timeout}
 * seconds (default 2). {@code diplograph.load.clients} threads (default 24) send a mix of cheap queries,
 * expensive ones (cross joins, property paths, GROUP BY over every quad), page and API requests and
 * exports for {@code diplograph.load.seconds} (default 30) after a warm-up of 5 s. Every answer must be the
 * expected one: 200, or for the requests that run SPARQL of unbounded cost (the expensive queries, the
 * network API, which reads every event) the timeout's 503, counted apart; the heap after a
 * full GC at the end may exceed the one after the warm-up by at most {@value #HEAP_GROWTH_MB} MB. Prints
 * throughput and p50/p95/p99 latency per kind of request.
 */
class ServerLoadIT {
  private static final int DOCS = Integer.getInteger("diplograph.load.docs", 1000);
  private static final int CLIENTS = Integer.getInteger("diplograph.load.clients", 24);
  private static final int SECONDS = Integer.getInteger("diplograph.load.seconds", 30);
  private static final int TIMEOUT = Integer.getInteger("diplograph.load.timeout", 2);
  private static final int WARMUP_SECONDS = 5;
  private static final long HEAP_GROWTH_MB = 128;
  private static final Pattern TIMEOUT_TEXT = Pattern.compile("(?i)timed out|timeout");
  private static final String PREFIX = "PREFIX dg: <https://w3id.org/diplograph/ontology#>\n"
      + "PREFIX prov: <http://www.w3.org/ns/prov#>\n";

  /** The kinds of request, and how often each is sent (out of the sum of the weights). */
  enum Kind {
    CHEAP(40, false), EXPENSIVE(8, true), PAGE(20, false), API(20, true), EXPORT(2, false);

    final int weight;
    final boolean mayTimeOut;

    Kind(int weight, boolean mayTimeOut) {
      this.weight = weight;
      this.mayTimeOut = mayTimeOut;
    }
  }

  private static final List<String> CHEAP = List.of(
      "ASK { ?e a dg:Event }",
      "SELECT ?e ?t WHERE { ?e a dg:Event ; dg:eventType ?t } LIMIT 10",
      "SELECT (COUNT(?e) AS ?n) WHERE { GRAPH <https://w3id.org/diplograph/id/doc/gen-%05d> { ?e a dg:Event } }",
      "SELECT ?p WHERE { <https://w3id.org/diplograph/id/doc/gen-%05d> ?p ?o } LIMIT 20");
  private static final List<String> EXPENSIVE = List.of(
      "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
      "SELECT (COUNT(*) AS ?n) WHERE { ?a (dg:party|^dg:party)+ ?b }",
      "SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?p ORDER BY DESC(?n)",
      "SELECT ?o (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?o ORDER BY DESC(?n) LIMIT 10",
      "SELECT ?a ?b WHERE { ?a dg:party ?x . ?b dg:party ?x . ?a prov:wasDerivedFrom ?d . ?b prov:wasDerivedFrom ?d }");
  private static final List<String> PAGES = List.of("", "app.js", "style.css", "vendor/cytoscape.min.js");
  private static final List<String> APIS = List.of("api/network", "api/network?types=MEET,VISIT&from=2019-01-01",
      "api/network?actor=JPN", "api/status", "api/queries");
  private static final List<String> EXPORTS = List.of("api/export?format=nquads",
      "ds/get?graph=https://w3id.org/diplograph/id/doc/gen-%05d");

  @TempDir static Path dir;
  private static GraphStore store;
  private static GraphServer server;

  @BeforeAll
  static void start() {
    long t0 = System.nanoTime();
    store = GraphStore.open(dir.resolve("store"));
    GeneratedGraph.fill(store, DOCS, 11);
    server = GraphServer.start(store, ServerConfig.defaults(0).withTimeout(Duration.ofSeconds(TIMEOUT)));
    System.out.printf(Locale.ROOT, "ServerLoadIT: %d documents, %d quads, stored and served in %.1f s%n", DOCS,
        store.quadCount(), (System.nanoTime() - t0) / 1e9);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void mixedClientsGetOnlyExpectedAnswersAndTheHeapStaysFlat() throws Exception {
    run(WARMUP_SECONDS);
    long heapAfterWarmUp = heapAfterGc();
    long t0 = System.nanoTime();
    Results results = run(SECONDS);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    long heapAtEnd = heapAfterGc();
    results.print(elapsed);
    System.out.printf(Locale.ROOT, "ServerLoadIT: heap after GC %d MB after the warm-up, %d MB at the end%n",
        heapAfterWarmUp >> 20, heapAtEnd >> 20);
    assertEquals(List.of(), results.errors.stream().limit(10).toList(), results.errors.size() + " unexpected answers");
    for (Kind kind : Kind.values()) {
      assertTrue(results.latencies(kind).size() > 0, "no " + kind + " request answered");
    }
    assertTrue(heapAtEnd - heapAfterWarmUp < HEAP_GROWTH_MB << 20,
        "heap grew from " + (heapAfterWarmUp >> 20) + " MB to " + (heapAtEnd >> 20) + " MB");
  }

  /** Runs the clients for {@code seconds}. */
  private static Results run(int seconds) throws Exception {
    Results results = new Results();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> clients = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      long seed = i;
      clients.add(pool.submit(() -> client(new Random(seed), stop, results)));
    }
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    for (Future<?> f : clients) {
      f.get();
    }
    pool.shutdown();
    return results;
  }

  private static void client(Random random, AtomicBoolean stop, Results results) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    while (!stop.get()) {
      Kind kind = pick(random);
      HttpRequest request = request(kind, random);
      long t0 = System.nanoTime();
      try {
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - t0;
        String text = new String(r.body(), StandardCharsets.UTF_8);
        boolean timedOut = r.statusCode() == 503 && kind.mayTimeOut && TIMEOUT_TEXT.matcher(text).find();
        if (r.statusCode() == 200 || timedOut) {
          results.add(kind, nanos, timedOut);
        } else {
          results.errors.add(kind + " " + request.uri() + " answered " + r.statusCode() + ": "
              + text.lines().findFirst().orElse(""));
        }
      } catch (Exception e) {
        results.errors.add(kind + " " + request.uri() + " failed: " + e);
      }
    }
  }

  private static Kind pick(Random random) {
    int total = 0;
    for (Kind k : Kind.values()) {
      total += k.weight;
    }
    int r = random.nextInt(total);
    for (Kind k : Kind.values()) {
      r -= k.weight;
      if (r < 0) {
        return k;
      }
    }
    throw new AssertionError();
  }

  private static HttpRequest request(Kind kind, Random random) {
    return switch (kind) {
      case CHEAP -> query(String.format(Locale.ROOT, any(CHEAP, random), random.nextInt(DOCS)));
      case EXPENSIVE -> query(any(EXPENSIVE, random));
      case PAGE -> get(any(PAGES, random));
      case API -> get(any(APIS, random));
      case EXPORT -> get(String.format(Locale.ROOT, random.nextInt(10) == 0 ? EXPORTS.get(0) : EXPORTS.get(1),
          random.nextInt(DOCS)));
    };
  }

  private static HttpRequest query(String sparql) {
    String body = "query=" + URLEncoder.encode(PREFIX + sparql, StandardCharsets.UTF_8);
    return HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/sparql-results+json")
        .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private static HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(60)).build();
  }

  private static String any(List<String> choices, Random random) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** Heap in use after a full collection. */
  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(300);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** What the clients saw; thread-safe. */
  private static final class Results {
    private final Map<Kind, ConcurrentLinkedQueue<Long>> nanos = new EnumMap<>(Kind.class);
    private final Map<Kind, ConcurrentLinkedQueue<Long>> timedOut = new EnumMap<>(Kind.class);
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();

    Results() {
      for (Kind k : Kind.values()) {
        nanos.put(k, new ConcurrentLinkedQueue<>());
        timedOut.put(k, new ConcurrentLinkedQueue<>());
      }
    }

    void add(Kind kind, long time, boolean timeout) {
      (timeout ? timedOut : nanos).get(kind).add(time);
    }

    List<Long> latencies(Kind kind) {
      List<Long> sorted = new ArrayList<>(nanos.get(kind));
      Collections.sort(sorted);
      return sorted;
    }

    void print(double seconds) {
      List<Long> all = new ArrayList<>();
      nanos.values().forEach(all::addAll);
      List<Long> timeouts = new ArrayList<>();
      timedOut.values().forEach(timeouts::addAll);
      all.addAll(timeouts);
      Collections.sort(all);
      Collections.sort(timeouts);
      System.out.printf(Locale.ROOT, "ServerLoadIT: %d clients, %.0f s: %d requests, %.1f requests/s; "
          + "ended by the %d s timeout (503): %d expensive queries, %d network API requests; %d unexpected answers%n",
          CLIENTS, seconds, all.size(), all.size() / seconds, TIMEOUT, timedOut.get(Kind.EXPENSIVE).size(),
          timedOut.get(Kind.API).size(), errors.size());
      System.out.printf(Locale.ROOT, "ServerLoadIT: %-10s %7s %9s %9s %9s %9s%n", "kind", "answers", "p50 ms",
          "p95 ms", "p99 ms", "max ms");
      line("all", all);
      for (Kind k : Kind.values()) {
        line(k.name().toLowerCase(Locale.ROOT), latencies(k));
      }
      line("503", timeouts);
    }

    private static void line(String name, List<Long> sorted) {
      if (sorted.isEmpty()) {
        System.out.printf(Locale.ROOT, "ServerLoadIT: %-10s %7d%n", name, 0);
        return;
      }
      System.out.printf(Locale.ROOT, "ServerLoadIT: %-10s %7d %9.1f %9.1f %9.1f %9.1f%n", name, sorted.size(),
          ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double ms(List<Long> sorted, double quantile) {
      int i = (int) Math.ceil(quantile * sorted.size()) - 1;
      return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }
  }
}
