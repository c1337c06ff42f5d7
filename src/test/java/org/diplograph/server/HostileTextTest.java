package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplograph.graph.GraphStore;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.Event;
import org.diplograph.model.EventType;
import org.diplograph.model.Evidence;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Script;
import org.diplograph.model.SourceDoc;
import org.diplograph.pipeline.Ingestor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Document text that tries to be markup: a title, an evidence sentence and a person's name holding {@code
 * <script>}, {@code </script>}, {@code -->}, quotes and an {@code <img onerror>}. Every JSON answer (SPARQL
 * results, the network API, the JSON-LD export) is valid JSON that gives the text back unchanged; the page's
 * script inserts no markup; in headless chromium the text shows as text and no script of it runs.
 */
class HostileTextTest {
  static final String DOC = "hostile";
  static final String TITLE = "<script>window.__pwned='title'</script>\"quoted\" 'single' </script> --> 日美会谈";
  static final String SENTENCE = "<img src=x onerror=\"window.__pwned='evidence'\"><script>alert(1)</script>"
      + "</script><!-- --> \"日美\" 'two' 两国在东京举行会谈。";
  static final String PERSON = "<b onmouseover=\"window.__pwned='person'\">岸田</b>\"</script>-->";
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String DRIVER = "/usr/bin/chromedriver";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  private static GraphStore store;
  private static GraphServer server;

  @BeforeAll
  static void start() {
    store = GraphStore.open(dir.resolve("store"));
    store.replaceDocument(hostile());
    store.rebuildOccurrences();
    server = GraphServer.start(store, ServerConfig.defaults(0));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static DocumentExtraction hostile() {
    ActorId jpn = ActorId.country("JPN");
    ActorId usa = ActorId.country("USA");
    ActorId person = ActorId.person(PERSON);
    SourceDoc doc = new SourceDoc(DOC, "test/hostile.html", Optional.of("https://news.example.org/hostile"), TITLE,
        Optional.of(LocalDate.of(2024, 3, 12)), Optional.of("news.example.org"), Script.SIMPLIFIED,
        List.of(SENTENCE), "bad0c0de");
    Event meet = new Event(EventType.MEET, List.of(jpn, usa), List.of(person), Optional.of(PartialDate.ofDay(2024, 3, 11)),
        Optional.of("东京"), Optional.empty(), Optional.empty(), "会谈", "verb",
        new Evidence(DOC, 2, 0, SENTENCE.length(), SENTENCE), 0.8);
    List<Actor> actors = List.of(
        new Actor(jpn, Set.of("日"), Optional.empty(), Optional.empty(), 1.0),
        new Actor(usa, Set.of("美"), Optional.empty(), Optional.empty(), 1.0),
        new Actor(person, Set.of(PERSON), Optional.of(jpn), Optional.of("首相"), 0.9));
    return new DocumentExtraction(doc, actors, List.of(meet), List.of(), List.of(), "0.1.0-test");
  }

  @Test
  void sparqlJsonResultsGiveTheTextBackUnchanged() throws Exception {
    String query = "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX prov: <http://www.w3.org/ns/prov#> "
        + "PREFIX dg: <https://w3id.org/diplograph/ontology#> "
        + "SELECT ?title ?sentence WHERE { ?d dcterms:title ?title . ?e dg:evidence ?ev . ?ev prov:value ?sentence }";
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
        + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    JsonNode row = JSON.readTree(r.body()).path("results").path("bindings").path(0);
    assertEquals(TITLE, row.path("title").path("value").asText());
    assertEquals(SENTENCE, row.path("sentence").path("value").asText());
  }

  @Test
  void theNetworkApiIsValidJsonWithThePersonsNameUnchanged() throws Exception {
    HttpResponse<String> r = get("api/network");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode network = JSON.readTree(r.body());
    assertTrue(network.path("elements").path("nodes").size() >= 2, r.body());
    HttpResponse<String> withPosts = get("api/network?actor=" + URLEncoder.encode("per:" + PERSON, StandardCharsets.UTF_8));
    assertEquals(200, withPosts.statusCode(), withPosts.body());
    assertTrue(strings(JSON.readTree(withPosts.body())).contains(PERSON), withPosts.body());
  }

  @Test
  void theJsonLdExportGivesTheTextBackUnchanged() throws Exception {
    HttpResponse<String> r = get("api/export?format=jsonld");
    assertEquals(200, r.statusCode());
    List<String> values = strings(JSON.readTree(r.body()));
    assertTrue(values.contains(TITLE), "title");
    assertTrue(values.contains(SENTENCE), "evidence");
  }

  @Test
  void theIngestReportIsValidJsonWithTheNamesUnchanged() throws Exception {
    String name = "a\"b'c<i onmouseover=alert(1)>-->.txt";
    AccessToken token = AccessToken.of("hostile-text-test-token-0123456789abcdef012345");
    try (GraphStore other = GraphStore.open(dir.resolve("ingest"));
        GraphServer ingesting = GraphServer.start(other, ServerConfig.defaults(0),
            Optional.of(Ingestor.of(ModelFreeEngine.create(), other)), Optional.of(token))) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(ingesting.url() + "api/ingest?name="
          + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&gold=true"))
          .header("Authorization", "Bearer " + token.value())
          .POST(HttpRequest.BodyPublishers.ofString("Title: " + TITLE + "\n\n" + SENTENCE + "\n")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      JsonNode report = JSON.readTree(r.body());
      assertEquals(1, report.path("stored").size(), r.body());
      String id = report.path("stored").path(0).asText();
      assertTrue(id.contains("<i ") && name.contains(id), "the document id, from the name, unchanged: " + id);
      // the gold-format JSON of the document is a string in the report: itself valid JSON
      JsonNode gold = JSON.readTree(report.path("gold").path(id).asText());
      assertTrue(strings(gold).contains(TITLE), "the title, as an event's evidence: " + gold);
    }
  }

  @Test
  void thePagesScriptInsertsNoMarkup() throws Exception {
    // the code, without its comment lines (one of which says that innerHTML is never used)
    String app = get("app.js").body().lines().filter(l -> !l.strip().startsWith("//"))
        .collect(Collectors.joining("\n"));
    for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
        "new Function", "setTimeout('", "setInterval('")) {
      assertFalse(app.contains(sink), "app.js uses " + sink);
    }
    assertTrue(Pattern.compile("textContent").matcher(app).find());
    HttpResponse<String> page = get("");
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    assertFalse(page.body().contains("<script>"), "no inline script in the page itself");
  }

  @Test
  void inChromiumTheTextShowsAsTextAndNoScriptRuns() throws Exception {
    boolean present = ExternalTools.executable(CHROMIUM).isPresent() && ExternalTools.executable(DRIVER).isPresent();
    // CI (.ci/run) installs chromium and chromium-driver: there the test must run, not skip
    if (System.getenv("CI") != null) {
      assertTrue(present, "chromium and chromium-driver are needed in CI");
    }
    assumeTrue(present, "chromium or chromium-driver not installed");
    ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(DRIVER).toFile()).usingAnyFreePort().build(), options());
    try {
      driver.get(server.url());
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      wait.until(d -> d.findElement(By.id("status")).getText().contains("actors"));
      JavascriptExecutor js = driver;
      // the page's own handler for a tap on a node, as a click would trigger it
      js.executeScript("window.diplographCy.$id('JPN').emit('tap');");
      wait.until(d -> !d.findElements(By.cssSelector("#events li.event")).isEmpty());
      List<WebElement> evidence = driver.findElements(By.cssSelector("#events .evidence"));
      assertEquals(SENTENCE, evidence.get(0).getText().strip());
      assertEquals(TITLE, driver.findElement(By.cssSelector("#events .source")).getText().strip());
      assertTrue(driver.findElements(By.cssSelector("#events script, #events img, #events b")).isEmpty(),
          "no element made from document text");
      assertEquals(null, js.executeScript("return window.__pwned === undefined ? null : String(window.__pwned);"));
      // a still-open alert() would have made the last call throw
    } finally {
      driver.quit();
    }
  }

  private static ChromeOptions options() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"), "--window-size=1200,900");
    return options;
  }

  /** Every string value in a JSON tree. */
  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    collect(node, out);
    return out;
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    }
    node.forEach(child -> collect(child, out));
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
