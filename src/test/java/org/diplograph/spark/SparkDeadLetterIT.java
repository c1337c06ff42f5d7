package org.diplograph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplograph.catalog.Catalog;
import org.diplograph.graph.Iris;
import org.diplograph.pipeline.DocumentProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's failure handling in Spark local mode, with an NLP stand-in (no models): a document over its time
 * budget, an unreadable input and an empty one each become a dead letter with its reason, a repeated
 * document is skipped, and every other document is written.
 */
class SparkDeadLetterIT {
  /** A sentence holding this marker takes far longer than the test's budget to annotate. */
  private static final String SLOW = "慢";

  @TempDir static Path dir;
  private static JobResult result;

  @BeforeAll
  static void run() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in.resolve("a.txt"), "甲国与乙国签署协定。\n");
    write(in.resolve("b.txt"), "丙国外长访问丁国。\n");
    write(in.resolve("c.txt"), "甲国与乙国签署协定。\n"); // the content of a.txt: a duplicate
    write(in.resolve("sub/d.txt"), "戊国与己国建交。\n");
    write(in.resolve("slow.txt"), "丙国外长访问丁国。" + SLOW + "国与乙国会谈。\n");
    Files.write(in.resolve("noise.bin"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 0, 7, 9, 0});
    Files.write(in.resolve("empty.txt"), new byte[0]);
    JobSpec spec = JobSpec.of(List.of(in.toString()), dir.resolve("out").toString())
        .withSettings(new JobSettings(1_500, 1024 * 1024))
        .withProcessor(SparkDeadLetterIT::standIn)
        .withPartitions(3);
    result = SparkExtraction.run(Optional.of("local[2]"), spec);
  }

  private static volatile DocumentProcessor standIn;

  /** The JVM's stand-in processor: no tokens, and a long pause on a sentence with the marker. */
  static DocumentProcessor standIn() {
    if (standIn == null) {
      synchronized (SparkDeadLetterIT.class) {
        if (standIn == null) {
          standIn = new DocumentProcessor(sentence -> {
            if (sentence.contains(SLOW)) {
              sleep(20_000);
            }
            return List.of();
          }, Catalog.loadDefault());
        }
      }
    }
    return standIn;
  }

  @Test
  void countsWhatWasWrittenSkippedAndFailed() {
    assertEquals(7, result.files());
    assertEquals(3, result.documents(), result.toString());
    assertEquals(1, result.duplicates());
    assertEquals(3, result.failed(), result.deadLetters().toString());
  }

  @Test
  void everyFailureIsADeadLetterWithItsReason() throws IOException {
    List<JsonNode> letters = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : lines(dir.resolve("out/dead-letters"))) {
      letters.add(json.readTree(line));
    }
    assertEquals(3, letters.size(), letters.toString());
    assertEquals("extraction of slow exceeded the time budget of 1.5 s (skipped, nothing stored)",
        letterOf(letters, "slow.txt").path("reason").asText());
    assertEquals("slow", letterOf(letters, "slow.txt").path("document").asText());
    assertTrue(letterOf(letters, "empty.txt").path("reason").asText().contains("empty"), letters.toString());
    assertTrue(!letterOf(letters, "noise.bin").path("reason").asText().isBlank());
  }

  @Test
  void theOtherDocumentsAreWrittenAsNQuadsOneGraphEach() throws IOException {
    DatasetGraph written = DatasetGraphFactory.createTxnMem();
    RDFParser.fromString(String.join("\n", lines(dir.resolve("out/quads"))), Lang.NQUADS).parse(written);
    List<String> graphs = new ArrayList<>();
    written.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
    graphs.sort(null);
    assertEquals(List.of(Iris.document("a"), Iris.document("b"), Iris.document("d")), graphs);
  }

  private static JsonNode letterOf(List<JsonNode> letters, String fileName) {
    return letters.stream().filter(l -> l.path("file").asText().endsWith("/" + fileName)).findFirst()
        .orElseThrow(() -> new AssertionError("no dead letter for " + fileName + ": " + letters));
  }

  private static List<String> lines(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted()
          .flatMap(SparkDeadLetterIT::readLines).filter(l -> !l.isBlank()).toList();
    }
  }

  private static Stream<String> readLines(Path f) {
    try {
      return Files.readAllLines(f, StandardCharsets.UTF_8).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
