package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.diplograph.catalog.Catalog;
import org.diplograph.ingest.DocumentReader;
import org.diplograph.pipeline.DocumentQueue.Input;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The batch streams: over inputs generated one by one as the runner asks for them, it holds only a
 * window of documents read and not yet handed to the sink, however many inputs there are.
 */
class BatchStreamingTest {
  private static final int INPUTS = 2_000;
  private static final int THREADS = 2;
  /** The runner's window (4 per thread) and the one document read but not yet started. */
  private static final int MOST_HELD = 4 * THREADS + 1;

  private static DocumentProcessor processor;

  @BeforeAll
  static void processor() {
    processor = new DocumentProcessor(sentence -> List.of(), Catalog.loadDefault());
  }

  @Test
  void documentsReadAndNotYetDeliveredStayWithinTheWindow() {
    DocumentReader reader = new DocumentReader();
    AtomicInteger read = new AtomicInteger();
    AtomicInteger mostHeld = new AtomicInteger();
    List<String> ids = new ArrayList<>();
    Iterator<Input> inputs = IntStream.rangeClosed(1, INPUTS).mapToObj(i -> new Input("doc" + i + ".txt", () -> {
      read.incrementAndGet();
      return reader.read("doc" + i + ".txt", article(i));
    })).iterator();
    BatchResult r = runner().run(inputs, INPUTS, List.of(), doc -> false, x -> {
      mostHeld.accumulateAndGet(read.get() - ids.size(), Math::max); // this one included
      ids.add(x.doc().id());
    });
    assertEquals(INPUTS, r.documents());
    assertEquals(IntStream.rangeClosed(1, INPUTS).mapToObj(i -> "doc" + i).toList(), ids);
    assertTrue(mostHeld.get() <= MOST_HELD, "held " + mostHeld.get() + " documents at once");
  }

  @Test
  void repeatsAndUnchangedDocumentsAreSkippedWhileStreaming() {
    DocumentReader reader = new DocumentReader();
    AtomicInteger kept = new AtomicInteger(); // read, and neither a repeat nor unchanged
    AtomicInteger mostHeld = new AtomicInteger();
    AtomicInteger delivered = new AtomicInteger();
    // every third input repeats the one before it; the destination holds those ending in 5 or 0 unchanged
    Iterator<Input> inputs = IntStream.rangeClosed(1, INPUTS).mapToObj(i -> new Input("doc" + i + ".txt", () -> {
      if (i % 3 != 0 && !unchanged(i)) {
        kept.incrementAndGet();
      }
      return reader.read("doc" + i + ".txt", article(i % 3 == 0 ? i - 1 : i));
    })).iterator();
    BatchResult r = runner().run(inputs, INPUTS, List.of(), doc -> unchanged(Integer.parseInt(doc.id().substring(3))),
        x -> mostHeld.accumulateAndGet(kept.get() - delivered.incrementAndGet() + 1, Math::max));
    assertEquals(INPUTS, r.inputs());
    assertEquals(INPUTS / 3, r.duplicates());
    assertEquals(INPUTS - r.duplicates() - r.unchanged(), r.documents());
    assertEquals(r.documents(), delivered.get());
    assertTrue(mostHeld.get() <= MOST_HELD, "held " + mostHeld.get() + " documents at once");
  }

  private static boolean unchanged(int i) {
    return i % 5 == 0;
  }

  private BatchRunner runner() {
    return new BatchRunner(new DocumentReader(), processor, BatchOptions.withThreads(THREADS),
        InputStream.nullInputStream()).withProgress((input, inputs, doc) -> { });
  }

  /** A short article, different for each number. */
  private static byte[] article(int n) {
    return ("第" + n + "号公报：甲国与乙国签署合作协定。\n").getBytes(StandardCharsets.UTF_8);
  }
}
