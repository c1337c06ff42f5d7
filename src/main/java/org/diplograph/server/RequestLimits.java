package org.diplograph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * Puts Jetty's own limits on a built, not yet started server: a request body larger than the limit gets
 * 413 (refused from its {@code Content-Length} before it is read; a chunked body is cut off once it
 * passes the limit, so no more than the limit is ever held), and a request line or headers longer than
 * {@value #MAX_HEADER_BYTES} bytes (a query string too long for a GET) get 414 or 431.
 */
final class RequestLimits {
  /** The largest request line plus headers; Jetty's default, stated here because the README names it. */
  static final int MAX_HEADER_BYTES = 8 * 1024;

  private RequestLimits() {}

  /** Applies the limits to {@code fuseki}'s Jetty server; call before {@code start}. */
  static void apply(FusekiServer fuseki, long maxRequestBytes) {
    Server jetty = fuseki.getJettyServer();
    for (Connector connector : jetty.getConnectors()) {
      HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
      if (http != null) {
        http.getHttpConfiguration().setRequestHeaderSize(MAX_HEADER_BYTES);
      }
    }
    SizeLimitHandler limit = new SizeLimitHandler(maxRequestBytes, -1);
    limit.setHandler(jetty.getHandler());
    jetty.setHandler(limit);
  }
}
