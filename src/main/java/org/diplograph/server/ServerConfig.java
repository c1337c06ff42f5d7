package org.diplograph.server;

import static com.google.common.base.Preconditions.checkArgument;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * How {@link GraphServer} listens and what it allows: the interface to bind ({@code 127.0.0.1} by
 * default), the port (0 picks a free one), whether SPARQL Update and Graph Store writes are open,
 * the query timeout, the cap on result rows, the largest request body accepted (larger ones get
 * 413), and whether reads stay open on an interface beyond the loopback one. Immutable.
 *
 * @param publicRead reads (queries, Graph Store reads, the page) without the token even when {@code host} is
 *     not a loopback address; on loopback they are always open
 */
public record ServerConfig(String host, int port, boolean allowUpdate, Duration timeout, int maxResults,
    long maxRequestBytes, boolean publicRead) {
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

  /** The configuration with the default request limit, reads guarded beyond loopback. */
  public ServerConfig(String host, int port, boolean allowUpdate, Duration timeout, int maxResults) {
    this(host, port, allowUpdate, timeout, maxResults, DEFAULT_MAX_REQUEST_BYTES, false);
  }

  /** Read-only on 127.0.0.1:{@code port}, 30 s timeout, 10000 rows, 20 MiB requests. */
  public static ServerConfig defaults(int port) {
    return new ServerConfig("127.0.0.1", port, false, Duration.ofSeconds(30), 10_000);
  }

  /** This configuration with updates allowed or not. */
  public ServerConfig withAllowUpdate(boolean allow) {
    return new ServerConfig(host, port, allow, timeout, maxResults, maxRequestBytes, publicRead);
  }

  /** This configuration with another query timeout. */
  public ServerConfig withTimeout(Duration queryTimeout) {
    return new ServerConfig(host, port, allowUpdate, queryTimeout, maxResults, maxRequestBytes, publicRead);
  }

  /** This configuration with another limit on request bodies. */
  public ServerConfig withMaxRequestBytes(long bytes) {
    return new ServerConfig(host, port, allowUpdate, timeout, maxResults, bytes, publicRead);
  }

  /** This configuration listening on {@code otherHost}. */
  public ServerConfig withHost(String otherHost) {
    return new ServerConfig(otherHost, port, allowUpdate, timeout, maxResults, maxRequestBytes, publicRead);
  }

  /** This configuration with reads open beyond loopback or not. */
  public ServerConfig withPublicRead(boolean open) {
    return new ServerConfig(host, port, allowUpdate, timeout, maxResults, maxRequestBytes, open);
  }

  /**
   * True when reads need the token: the server listens on an address that is not a loopback one (such as
   * {@code 0.0.0.0} or a LAN address) and {@link #publicRead} is off. A host name that does not resolve
   * counts as not loopback.
   */
  public boolean readsNeedToken() {
    return !publicRead && !isLoopback(host);
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
