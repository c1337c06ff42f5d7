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
 * Lets a request through only with the token where it is needed: writes always (the ingest endpoint, SPARQL
 * Update, a Graph Store request other than a read), and, when reads are guarded too, every request but
 * the ping. Without {@code Authorization: Bearer <token>} (or Basic with the token as password) the answer
 * is 401; a guarded read also offers Basic, so that a browser asks for the token. Thread-safe.
 */
final class AccessGuard implements Filter {
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final String PING = "/$/ping";

  private final AccessToken token;
  private final boolean guardReads;

  /**
   * @param guardReads whether reads need the token too (a server listening beyond the loopback interface
   *     without {@code --public-read})
   */
  AccessGuard(AccessToken token, boolean guardReads) {
    this.token = token;
    this.guardReads = guardReads;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    boolean write = isWrite(req);
    boolean guarded = write || (guardReads && !path(req).equals(PING));
    if (guarded && !token.matches(req.getHeader("Authorization"))) {
      refuse((HttpServletResponse) response, write);
      return;
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletResponse resp, boolean write) throws IOException {
    resp.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    if (write) {
      resp.setHeader("WWW-Authenticate", "Bearer realm=\"diplograph\"");
    } else {
      // Basic first: a browser asks for it (any user name, the token as password)
      resp.addHeader("WWW-Authenticate", "Basic realm=\"diplograph\", charset=\"UTF-8\"");
      resp.addHeader("WWW-Authenticate", "Bearer realm=\"diplograph\"");
    }
    resp.setContentType("text/plain; charset=utf-8");
    String what = write ? "a write" : "this server (listening beyond localhost) asks for it on reads too, and";
    resp.getOutputStream().write((what + " needs the server's token: Authorization: Bearer <token>\n")
        .getBytes(StandardCharsets.UTF_8));
  }

  /** True for the requests that change the store. */
  static boolean isWrite(HttpServletRequest req) {
    String path = path(req);
    if (path.startsWith(IngestServlet.PATH) || path.startsWith(GraphServer.DATASET + "/update")) {
      return true;
    }
    return path.startsWith(GraphServer.DATASET + "/data") && !READ_METHODS.contains(req.getMethod());
  }

  private static String path(HttpServletRequest req) {
    return req.getRequestURI().substring(req.getContextPath().length());
  }
}
