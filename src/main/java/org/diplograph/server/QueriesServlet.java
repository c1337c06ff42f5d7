package org.diplograph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** {@code GET /api/queries}: the example queries as JSON {@code [{name, title, text}]}. Thread-safe. */
final class QueriesServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<ExampleQueries.Example> examples = ExampleQueries.load();

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setContentType("application/json; charset=utf-8");
    MAPPER.writeValue(resp.getOutputStream(), examples);
  }
}
