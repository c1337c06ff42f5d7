package org.diplograph.export;

import static com.google.common.base.Preconditions.checkArgument;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

/**
 * Where to push graphs: the URL of a SPARQL 1.1 Graph Store HTTP Protocol endpoint (the URL to which
 * {@code ?graph=IRI} is appended, e.g. Fuseki's {@code http://host:3030/ds/data} or Virtuoso's {@code
 * http://host:8890/sparql-graph-crud-auth}), the credentials, and how often a graph is tried again after a
 * transient failure (with exponential backoff from {@code firstBackoff}). Immutable.
 *
 * @param endpoint an absolute http or https URL without query, fragment or user information
 * @param retries how many times a graph is tried again after a transient failure (0 to 10)
 * @param firstBackoff the wait before the first retry, doubled before each further one
 */
public record PushTarget(URI endpoint, PushCredentials credentials, int retries, Duration firstBackoff) {
  /** The retries of {@link #of}. */
  public static final int DEFAULT_RETRIES = 4;
  /** The first wait of {@link #of}: then 1, 2 and 4 s. */
  public static final Duration DEFAULT_BACKOFF = Duration.ofMillis(500);

  public PushTarget {
    checkArgument(retries >= 0 && retries <= 10, "retries must be 0 to 10, not %s", retries);
    checkArgument(!firstBackoff.isNegative(), "negative backoff");
  }

  /**
   * A target with the default retries.
   *
   * @throws IllegalArgumentException if {@code url} is not an absolute http(s) URL, or carries a query,
   *     a fragment or credentials (which would then show in messages)
   */
  public static PushTarget of(String url, PushCredentials credentials) {
    return new PushTarget(parse(url), credentials, DEFAULT_RETRIES, DEFAULT_BACKOFF);
  }

  /** This target with other retry settings. */
  public PushTarget withRetries(int count, Duration first) {
    return new PushTarget(endpoint, credentials, count, first);
  }

  private static URI parse(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      // not echoed: a malformed URL may still hold a password
      throw new IllegalArgumentException("not a URL (" + e.getReason() + ")");
    }
    checkArgument(uri.getRawUserInfo() == null,
        "the URL carries credentials: give them as options or environment variables instead");
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    checkArgument((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null,
        "not an http(s) URL: %s", url);
    checkArgument(uri.getRawQuery() == null && uri.getRawFragment() == null,
        "give the Graph Store endpoint without ?query or #fragment: %s", url);
    return uri;
  }

  @Override
  public String toString() {
    return endpoint + " (" + credentials + ")";
  }
}
