package org.diplograph.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Names the outlet of a document from its address: the URL host, e.g. {@code www.rfi.fr}. Stateless. */
public final class OutletResolver {
  private OutletResolver() {}

  /** The lower-case host of the URL, or empty when the URL has none or does not parse. */
  public static Optional<String> fromUrl(String url) {
    try {
      return Optional.ofNullable(new URI(url.strip()).getHost()).map(h -> h.toLowerCase(Locale.ROOT));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
