package org.diplograph.export;

import java.time.Duration;
import java.util.Locale;

/**
 * What a push sent: graphs and triples, the requests tried again, and the time spent in the requests
 * (waits between retries included; not the local reading and extraction in between).
 *
 * @param endpoint the Graph Store endpoint
 * @param deleted graphs deleted from the remote store because the local one no longer has them
 */
public record PushSummary(String endpoint, int graphs, long triples, int deleted, int retries, Duration elapsed) {
  /**
   * "Pushed 7 graph(s), 14,120 triples to URL in 1.2 s (0 retries)"; with deletions, "…, deleted 1 graph(s) no
   * longer in the local store, in …".
   */
  public String line() {
    String gone = deleted == 0 ? "" : String.format(Locale.ROOT, ", deleted %d graph(s) no longer in the local store,",
        deleted);
    return String.format(Locale.ROOT, "Pushed %d graph(s), %,d triples to %s%s in %.1f s (%d retr%s)", graphs, triples,
        endpoint, gone, elapsed.toMillis() / 1000.0, retries, retries == 1 ? "y" : "ies");
  }
}
