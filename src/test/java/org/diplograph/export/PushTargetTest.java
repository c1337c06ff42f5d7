package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PushTargetTest {
  @Test
  void takesAnHttpGraphStoreEndpoint() {
    PushTarget t = PushTarget.of(" http://localhost:8890/sparql-graph-crud-auth ", PushCredentials.none());
    assertEquals("http://localhost:8890/sparql-graph-crud-auth", t.endpoint().toString());
    assertEquals(PushTarget.DEFAULT_RETRIES, t.retries());
    assertEquals(Duration.ofMillis(500), t.firstBackoff());
  }

  @Test
  void refusesWhatIsNotAGraphStoreEndpoint() {
    for (String bad : new String[] {"ftp://example.org/data", "example.org/ds/data", "http:///ds",
        "http://example.org/ds/data?graph=urn:x", "http://example.org/ds/data#g", "http://exa mple.org/"}) {
      assertThrows(IllegalArgumentException.class, () -> PushTarget.of(bad, PushCredentials.none()), bad);
    }
  }

  @Test
  void neverShowsAPasswordOrToken() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PushTarget.of("http://dba:hunter2@example.org/sparql-graph-crud-auth", PushCredentials.none()));
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    PushTarget t = PushTarget.of("http://example.org/ds/data", PushCredentials.password("dba", "hunter2"));
    assertFalse(t.toString().contains("hunter2"), t.toString());
    assertFalse(PushCredentials.bearer("tok-123").toString().contains("tok-123"));
  }

  @Test
  void retriesAreBounded() {
    PushTarget t = PushTarget.of("https://example.org/ds/data", PushCredentials.none());
    assertThrows(IllegalArgumentException.class, () -> t.withRetries(11, Duration.ofMillis(1)));
    assertThrows(IllegalArgumentException.class, () -> PushCredentials.bearer("two words"));
    assertEquals(0, t.withRetries(0, Duration.ZERO).retries());
  }
}
