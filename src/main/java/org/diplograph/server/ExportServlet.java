package org.diplograph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.diplograph.export.RdfExporter;
import org.diplograph.export.RdfFormat;
import org.diplograph.graph.GraphStore;

/**
 * {@code GET /api/export?format=turtle|trig|nquads|jsonld}: the whole store written by {@link RdfExporter},
 * the same code {@code export} runs on a local store, so the CLI's export through the server is the same,
 * byte for byte. A read: open like the SPARQL endpoint. Thread-safe (one read transaction per request).
 */
final class ExportServlet extends HttpServlet {
  static final String PATH = "/api/export";
  private static final long serialVersionUID = 1L;

  private final transient GraphStore store;

  ExportServlet(GraphStore store) {
    this.store = store;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    RdfFormat format;
    try {
      format = RdfFormat.parse(String.valueOf(req.getParameter("format")));
    } catch (IllegalArgumentException e) {
      resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      resp.setContentType("text/plain; charset=utf-8");
      resp.getOutputStream().write(("bad parameter: " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
      return;
    }
    resp.setContentType(contentType(format));
    resp.setHeader("Cache-Control", "no-store");
    RdfExporter.export(store, format, resp.getOutputStream());
  }

  private static String contentType(RdfFormat format) {
    return switch (format) {
      case TURTLE -> "text/turtle; charset=utf-8";
      case TRIG -> "application/trig; charset=utf-8";
      case NQUADS -> "application/n-quads; charset=utf-8";
      case JSONLD -> "application/ld+json; charset=utf-8";
    };
  }
}
