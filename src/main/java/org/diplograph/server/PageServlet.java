package org.diplograph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Serves the graph page from the classpath: {@code /} (index.html), {@code /app.js}, {@code
 * /style.css}, and Cytoscape.js at {@code /vendor/cytoscape.min.js} from its WebJar. Any other path
 * is 404. Responses forbid framing and inline scripts (Content-Security-Policy). Thread-safe.
 */
final class PageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String WEB = "org/diplograph/server/web/";
  private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'";

  /** The servlet path specs the page is served at: the context root and its files. */
  static final java.util.List<String> PATHS =
      java.util.List.of("", "/index.html", "/app.js", "/style.css", "/vendor/*");

  private final Map<String, Asset> assets;

  PageServlet() {
    this.assets = Map.of(
        "/", new Asset(WEB + "index.html", "text/html; charset=utf-8"),
        "/index.html", new Asset(WEB + "index.html", "text/html; charset=utf-8"),
        "/app.js", new Asset(WEB + "app.js", "text/javascript; charset=utf-8"),
        "/style.css", new Asset(WEB + "style.css", "text/css; charset=utf-8"),
        "/vendor/cytoscape.min.js", new Asset(cytoscapePath(), "text/javascript; charset=utf-8"));
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    Asset asset = assets.get(path.isEmpty() ? "/" : path);
    InputStream in = asset == null ? null : getClass().getClassLoader().getResourceAsStream(asset.resource());
    if (in == null) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    resp.setContentType(asset.contentType());
    resp.setHeader("Content-Security-Policy", CSP);
    resp.setHeader("X-Content-Type-Options", "nosniff");
    try (in) {
      in.transferTo(resp.getOutputStream());
    }
  }

  /** The classpath path of cytoscape.min.js in the WebJar, whose folder names the version. */
  static String cytoscapePath() {
    Properties pom = new Properties();
    try (InputStream in = PageServlet.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
      if (in == null) {
        throw new IllegalStateException("the cytoscape WebJar is not on the classpath");
      }
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + WEBJAR_POM, e);
    }
    String version = Optional.ofNullable(pom.getProperty("version"))
        .orElseThrow(() -> new IllegalStateException("no version in " + WEBJAR_POM));
    return "META-INF/resources/webjars/cytoscape/" + version + "/dist/cytoscape.min.js";
  }

  /** A classpath resource and its content type. */
  private record Asset(String resource, String contentType) {}
}
