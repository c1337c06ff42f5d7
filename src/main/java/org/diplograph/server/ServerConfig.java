package org.diplograph.server;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;

/**
 * How {@link GraphServer} listens and what it allows: the interface to bind ({@code 127.0.0.1} by
 * default), the port (0 picks a free one), whether SPARQL Update and Graph Store writes are open,
 * the query timeout, the cap on result rows and the largest request body accepted (larger ones get
 * 413). Immutable.
 */
public record ServerConfig(String host, int port, boolean allowUpdate, Duration timeout, int maxResults,
    long maxRequestBytes) {
  /** The default port, Fuseki's. */
  public static final int DEFAULT_PORT = 3030;
  /** The default limit on a request body: 20 MiB, the ingest endpoint's default input limit. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 20L * 1024 * 1024;

  public ServerConfig {
    checkArgument(!host.isBlank(), "blank host");
    checkArgument(port >= 0 && port <= 65535, "port out of range: %s", port);
    checkArgument(timeout.toMillis() > 0, "timeout must be at least 1 ms: %s", timeout);
    checkArgument(maxResults > 0, "maxResults must be positive: %s", maxResults);
    checkArgument(maxRequestBytes > 0, "maxRequestBytes must be positive: %s", maxRequestBytes);
  }

  /** The configuration with the default request limit ({@value #DEFAULT_MAX_REQUEST_BYTES} bytes). */
  public ServerConfig(String host, int port, boolean allowUpdate, Duration timeout, int maxResults) {
    this(host, port, allowUpdate, timeout, maxResults, DEFAULT_MAX_REQUEST_BYTES);
  }

  /** Read-only on 127.0.0.1:{@code port}, 30 s timeout, 10000 rows, 20 MiB requests. */
  public static ServerConfig defaults(int port) {
    return new ServerConfig("127.0.0.1", port, false, Duration.ofSeconds(30), 10_000);
  }

  /** This configuration with updates allowed or not. */
  public ServerConfig withAllowUpdate(boolean allow) {
    return new ServerConfig(host, port, allow, timeout, maxResults, maxRequestBytes);
  }

  /** This configuration with another query timeout. */
  public ServerConfig withTimeout(Duration queryTimeout) {
    return new ServerConfig(host, port, allowUpdate, queryTimeout, maxResults, maxRequestBytes);
  }

  /** This configuration with another limit on request bodies. */
  public ServerConfig withMaxRequestBytes(long bytes) {
    return new ServerConfig(host, port, allowUpdate, timeout, maxResults, bytes);
  }
}
