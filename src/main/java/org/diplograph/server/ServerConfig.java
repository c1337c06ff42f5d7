package org.diplograph.server;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;

/**
 * How {@link GraphServer} listens and what it allows: the interface to bind ({@code 127.0.0.1} by
 * default), the port (0 picks a free one), whether SPARQL Update and Graph Store writes are open,
 * the query timeout and the cap on result rows. Immutable.
 */
public record ServerConfig(String host, int port, boolean allowUpdate, Duration timeout, int maxResults) {
  /** The default port, Fuseki's. */
  public static final int DEFAULT_PORT = 3030;

  public ServerConfig {
    checkArgument(!host.isBlank(), "blank host");
    checkArgument(port >= 0 && port <= 65535, "port out of range: %s", port);
    checkArgument(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive: %s", timeout);
    checkArgument(maxResults > 0, "maxResults must be positive: %s", maxResults);
  }

  /** Read-only on 127.0.0.1:{@code port}, 30 s timeout, 10000 rows. */
  public static ServerConfig defaults(int port) {
    return new ServerConfig("127.0.0.1", port, false, Duration.ofSeconds(30), 10_000);
  }

  /** This configuration with updates allowed or not. */
  public ServerConfig withAllowUpdate(boolean allow) {
    return new ServerConfig(host, port, allow, timeout, maxResults);
  }
}
