package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplograph.catalog.Catalog;
import org.diplograph.graph.GraphStore;
import org.diplograph.pipeline.Engine;
import org.diplograph.pipeline.Ingestor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The graph page in headless chromium (Debian's chromium and chromium-driver): it shows the network,
 * clicking an actor lists its events with the evidence as text, and a new article ingested while the page
 * is open shows up in it without a reload. Saves a screenshot under
 * target/screenshots/.
 */
class GraphPageTest {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String DRIVER = "/usr/bin/chromedriver";

  @TempDir static Path dir;
  private static GraphStore store;
  private static GraphServer server;

  @BeforeAll
  static void start() {
    store = ServiceFixtures.store(dir.resolve("store"));
    server = GraphServer.start(store, ServerConfig.defaults(0));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void showsTheNetworkAndAnActorsEvidence() throws IOException {
    ChromeDriver driver = chromium();
    try {
      driver.get(server.url());
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      wait.until(d -> d.findElement(By.id("status")).getText().contains("actors"));
      assertEquals("4 actors, 4 relations", driver.findElement(By.id("status")).getText());
      clickNode(driver, "USA");
      wait.until(d -> d.findElements(By.cssSelector("#events li.event")).size() >= 4);
      assertEquals("USA", driver.findElement(By.id("actor-name")).getText());
      List<WebElement> evidence = driver.findElements(By.cssSelector("#events .evidence"));
      assertTrue(evidence.stream().anyMatch(e -> e.getText().equals(ServiceFixtures.HOSTILE_SENTENCE)),
          "the markup in the evidence shows as text");
      assertTrue(driver.findElements(By.cssSelector("#events img")).isEmpty(), "no element made from document text");
      WebElement link = driver.findElement(By.cssSelector("#events a.source"));
      assertTrue(link.getAttribute("href").startsWith("https://"), link.getAttribute("href"));
      assertFalse(driver.findElements(By.cssSelector("#examples option")).size() < 7, "example queries listed");
      saveScreenshot(driver);
    } finally {
      driver.quit();
    }
  }

  /**
   * The page stays open while a new article is ingested: within the page's polling interval the new actor
   * and relation are drawn and the selected actor's events list the new meeting, without the page being
   * loaded again (a marker set in the page survives), and the user's zoom and selection stay.
   */
  @Test
  void showsANewEventWithoutReloading() throws Exception {
    Path live = dir.resolve("live");
    try (GraphStore liveStore = ServiceFixtures.store(live)) {
      AccessToken token = AccessToken.loadOrCreate(live);
      Ingestor ingestor = Ingestor.of(Engine.with(Catalog.loadDefault(), ServiceFixtures.EACH_CHARACTER_A_WORD),
          liveStore);
      try (GraphServer liveServer = GraphServer.start(liveStore, ServerConfig.defaults(0), Optional.of(ingestor),
          Optional.of(token))) {
        ChromeDriver driver = chromium();
        try {
          driver.get(liveServer.url());
          WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
          wait.until(d -> d.findElement(By.id("status")).getText().contains("actors"));
          assertEquals("4 actors, 4 relations", driver.findElement(By.id("status")).getText());
          assertTrue(nodeIds(driver).containsAll(List.of("JPN", "USA")) && !nodeIds(driver).contains("FRA"));
          clickNode(driver, "USA");
          wait.until(d -> d.findElements(By.cssSelector("#events li.event")).size() >= 4);
          driver.executeScript("window.diplographMarker = 'the same page'; window.diplographCy.zoom(1.5);");

          HttpResponse<String> r = ingest(liveServer, token, "paris.txt", NEW_ARTICLE);
          assertEquals(200, r.statusCode(), r.body());
          assertTrue(r.body().contains("\"MEET\":1"), r.body());

          wait.until(d -> d.findElement(By.id("status")).getText().equals("5 actors, 5 relations"));
          assertTrue(nodeIds(driver).contains("FRA"), "the new actor is drawn");
          try {
            wait.until(d -> d.findElements(By.cssSelector("#events li.event")).stream()
                .anyMatch(e -> e.getText().contains("2024-05-06 · MEET") && e.getText().contains("美国、法国")));
          } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("events listed: " + driver.findElements(By.cssSelector("#events li")).stream()
                .map(WebElement::getText).toList(), e);
          }
          String news = driver.findElement(By.id("news")).getText();
          assertTrue(news.contains("new actors") && news.contains("1 new relation"), news);
          assertEquals("the same page", driver.executeScript("return window.diplographMarker;"), "no reload");
          assertEquals(1.5, ((Number) driver.executeScript("return window.diplographCy.zoom();")).doubleValue(), 1e-9,
              "the zoom stays");
          assertEquals(true, driver.executeScript("return window.diplographCy.$id('USA').selected();"),
              "the selection stays");
          String facts = driver.findElement(By.id("actor-facts")).getText();
          assertTrue(facts.contains("USA"), "the selected actor's details stay: " + facts);
        } finally {
          driver.quit();
        }
      }
    }
  }

  private static final String NEW_SENTENCE = "5月6日，美国总统与法国总统在巴黎举行会谈。";
  private static final String NEW_ARTICLE = "Title: 美法会谈\nDate: 2024-05-06\n\n" + NEW_SENTENCE + "\n";

  private static HttpResponse<String> ingest(GraphServer server, AccessToken token, String name, String body)
      throws IOException, InterruptedException {
    HttpRequest post = HttpRequest.newBuilder(URI.create(server.url() + "api/ingest?name=" + name))
        .header("Authorization", "Bearer " + token.value())
        .header("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    return HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  private static List<String> nodeIds(ChromeDriver driver) {
    return (List<String>) driver.executeScript("return window.diplographCy.nodes().map(n => n.id());");
  }

  /** Headless chromium through chromedriver (Debian's packages; missing ones fail the test under CI). */
  private static ChromeDriver chromium() throws IOException {
    ExternalTools.require(CHROMIUM, "chromium");
    ExternalTools.require(DRIVER, "chromium-driver");
    return new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(DRIVER).toFile()).usingAnyFreePort().build(), options());
  }

  private static ChromeOptions options() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"), "--window-size=1400,1000");
    return options;
  }

  /** Clicks the node's position on the canvas, as a user would. */
  @SuppressWarnings("unchecked")
  private static void clickNode(ChromeDriver driver, String id) {
    Map<String, Object> pos = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
        "const p = window.diplographCy.$id(arguments[0]).renderedPosition(); return {x: p.x, y: p.y};", id);
    WebElement canvas = driver.findElement(By.id("cy"));
    int x = (int) Math.round(((Number) pos.get("x")).doubleValue() - canvas.getSize().getWidth() / 2.0);
    int y = (int) Math.round(((Number) pos.get("y")).doubleValue() - canvas.getSize().getHeight() / 2.0);
    new Actions(driver).moveToElement(canvas, x, y).click().perform();
  }

  private static void saveScreenshot(ChromeDriver driver) throws IOException {
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, shots.resolve("graph-page.png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
