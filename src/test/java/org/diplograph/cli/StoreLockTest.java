package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diplograph.server.ServiceFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one store, as two users would run them: while one process (no server) holds the store,
 * {@code extract} and {@code query}, each started as its own JVM, say so in one line naming the holder's
 * process id, exit with 1 and print no stack trace; once the holder is gone, the same query succeeds.
 * Model-free: extract fails before any document is read.
 */
class StoreLockTest {
  @TempDir Path dir;

  @Test
  void aSecondProcessOnAHeldStoreIsOneLineNamingTheHolder() throws Exception {
    Path store = dir.resolve("store");
    ServiceFixtures.store(store).close();
    Path article = Files.writeString(dir.resolve("a.txt"), "甲国与乙国签署协定。\n", StandardCharsets.UTF_8);
    Process holder = LockHolder.holding(store);
    try {
      for (List<String> args : List.of(List.of("extract", article.toString(), "--store", store.toString()),
          List.of("query", "ASK {}", "--store", store.toString()))) {
        Finished f = main(dir, args);
        assertEquals(1, f.code(), f.err());
        assertEquals("", f.out());
        assertEquals(1, f.err().strip().lines().count(), f.err());
        String line = f.err().strip();
        assertTrue(line.startsWith("diplograph " + args.get(0) + ": the store is in use by process " + holder.pid()),
            line);
        assertFalse(line.contains("Exception") || line.contains("\tat "), line);
      }
    } finally {
      holder.getOutputStream().close();
      holder.waitFor();
    }
    Finished after = main(dir, List.of("query", "ASK {}", "--store", store.toString()));
    assertEquals(0, after.code(), after.err());
    assertEquals("yes", after.out().strip());
  }

  /** What a finished process printed and its exit code. */
  private record Finished(int code, String out, String err) {}

  /** Runs diplograph's {@code Main} as its own JVM, its output captured in files under {@code dir}. */
  private static Finished main(Path dir, List<String> args) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = LockHolder.diplograph(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(args + " did not end within 120 s");
    }
    return new Finished(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
