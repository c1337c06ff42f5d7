package org.diplograph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;

/**
 * {@code GET /api/status}: {@code {"generation": N}}, a number that grows whenever the server stored new
 * documents, so that the graph page knows when to reload its network. Thread-safe.
 */
final class StatusServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient LongSupplier generation;

  StatusServlet(LongSupplier generation) {
    this.generation = generation;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setContentType("application/json; charset=utf-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.getOutputStream().write(("{\"generation\":" + generation.getAsLong() + "}").getBytes(StandardCharsets.UTF_8));
  }
}
