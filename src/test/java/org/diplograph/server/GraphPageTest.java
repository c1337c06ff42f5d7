package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.diplograph.graph.GraphStore;
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
 * and clicking an actor lists its events with the evidence as text. Saves a screenshot under
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
    assumeTrue(ExternalTools.executable(CHROMIUM).isPresent(), "chromium not installed");
    assumeTrue(ExternalTools.executable(DRIVER).isPresent(), "chromium-driver not installed");
    ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(DRIVER).toFile()).usingAnyFreePort().build(), options());
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
