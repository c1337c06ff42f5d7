package org.diplograph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Lets a write through only with the bearer token: a request to the ingest endpoint or to SPARQL Update,
 * and a Graph Store request other than a read, without {@code Authorization: Bearer <token>} gets 401 (with
 * {@code WWW-Authenticate: Bearer}). Reads (queries, GSP GET, the page) pass. Thread-safe.
 */
final class WriteGuard implements Filter {
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final AccessToken token;

  WriteGuard(AccessToken token) {
    this.token = token;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    if (isWrite(req) && !token.matches(req.getHeader("Authorization"))) {
      HttpServletResponse resp = (HttpServletResponse) response;
      resp.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      resp.setHeader("WWW-Authenticate", "Bearer realm=\"diplograph\"");
      resp.setContentType("text/plain; charset=utf-8");
      resp.getOutputStream().write("a write needs the server's token: Authorization: Bearer <token>\n"
          .getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, response);
  }

  /** True for the requests that change the store. */
  static boolean isWrite(HttpServletRequest req) {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (path.startsWith(IngestServlet.PATH) || path.startsWith(GraphServer.DATASET + "/update")) {
      return true;
    }
    return path.startsWith(GraphServer.DATASET + "/data") && !READ_METHODS.contains(req.getMethod());
  }
}
