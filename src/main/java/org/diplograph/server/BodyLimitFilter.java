package org.diplograph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.web.HttpException;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Makes a body that passes the limit while it is read (a chunked body, whose length is not declared) end
 * in 413 rather than in the 500 that Fuseki and the servlets give for any failure to read: the body is
 * counted as it is read (Jetty's own refusal, {@link RequestLimits}, counts the same), and once it passes
 * the limit the read fails and the response's status becomes 413. Thread-safe (the counting is per
 * request).
 */
final class BodyLimitFilter implements Filter {
  private final long maxBytes;

  BodyLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Counted counted = new Counted((HttpServletRequest) request);
    HttpServletResponse resp = (HttpServletResponse) response;
    try {
      chain.doFilter(counted, new Refusing(resp, counted));
    } catch (RuntimeException | IOException | ServletException e) {
      if (!counted.refused || resp.isCommitted()) {
        throw e;
      }
      resp.reset();
      resp.setStatus(413);
      resp.setContentType("text/plain; charset=utf-8");
      resp.getOutputStream().write((message() + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  private String message() {
    return "the request body is over the server's limit of " + maxBytes + " bytes";
  }

  /** The request with its body counted; {@code refused} once it passed the limit. */
  private final class Counted extends HttpServletRequestWrapper {
    private ServletInputStream in;
    private volatile boolean refused;

    Counted(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (in == null) {
        in = new CountingStream(super.getInputStream(), this);
      }
      return in;
    }
  }

  /** The response whose status is 413 whatever the servlet sets, once the body was refused. */
  private static final class Refusing extends HttpServletResponseWrapper {
    private final Counted request;

    Refusing(HttpServletResponse response, Counted request) {
      super(response);
      this.request = request;
    }

    @Override
    public void setStatus(int sc) {
      super.setStatus(request.refused ? 413 : sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      super.sendError(request.refused ? 413 : sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
      super.sendError(request.refused ? 413 : sc);
    }
  }

  /** Counts what is read and fails (an {@link HttpException} 413) once it passes the limit. */
  private final class CountingStream extends ServletInputStream {
    private final ServletInputStream in;
    private final Counted request;
    private long count;

    CountingStream(ServletInputStream in, Counted request) {
      this.in = in;
      this.request = request;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n;
      try {
        n = in.read(b, off, len);
      } catch (IOException | RuntimeException e) {
        if (refusedByJetty(e)) {
          throw refuse();
        }
        throw e;
      }
      count += Math.max(0, n);
      if (count > maxBytes) {
        throw refuse();
      }
      return n;
    }

    private HttpException refuse() {
      request.refused = true;
      return new HttpException(413, message());
    }

    private static boolean refusedByJetty(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BadMessageException bad && bad.getCode() == 413) {
          return true;
        }
      }
      return false;
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
