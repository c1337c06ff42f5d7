package org.diplograph.export;

import java.time.Duration;
import java.util.Locale;

/**
 * What a push sent: graphs and triples, the requests tried again, and the time spent in the requests
 * (waits between retries included; not the local reading and extraction in between).
 *
 * @param endpoint the Graph Store endpoint
 */
public record PushSummary(String endpoint, int graphs, long triples, int retries, Duration elapsed) {
  /** "Pushed 7 graph(s), 14,120 triples to URL in 1.2 s (0 retries)". */
  public String line() {
    return String.format(Locale.ROOT, "Pushed %d graph(s), %,d triples to %s in %.1f s (%d retr%s)", graphs, triples,
        endpoint, elapsed.toMillis() / 1000.0, retries, retries == 1 ? "y" : "ies");
  }
}
