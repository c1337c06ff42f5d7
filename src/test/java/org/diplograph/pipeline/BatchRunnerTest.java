package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplograph.catalog.Catalog;
import org.diplograph.ingest.DocumentReader;
import org.diplograph.nlp.TokenAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch runner's reading, de-duplication, skipping, time budget and size limit, with NLP stand-ins
 * that find no tokens (or take their time).
 */
class BatchRunnerTest {
  private static Catalog catalog;
  private static DocumentProcessor processor;

  @TempDir Path dir;

  @BeforeAll
  static void processor() {
    catalog = Catalog.loadDefault();
    processor = new DocumentProcessor(sentence -> List.of(), catalog);
  }

  private BatchRunner runner(String stdin) {
    return new BatchRunner(new DocumentReader(), processor, 2,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void twoFilesWithTheSameContentAreOneDocument() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "甲国与乙国签署协定。\n", StandardCharsets.UTF_8);
    Path b = Files.writeString(dir.resolve("b.txt"), "甲国与乙国签署协定。\n", StandardCharsets.UTF_8);
    List<String> ids = new ArrayList<>();
    BatchResult r = runner("").run(List.of(a, b), x -> ids.add(x.doc().id()));
    assertEquals(List.of("a"), ids);
    assertEquals(2, r.inputs());
    assertEquals(1, r.documents());
    assertEquals(1, r.duplicates());
    assertEquals(0, r.unchanged());
    assertFalse(r.hasErrors());
  }

  @Test
  void documentsTheDestinationHoldsUnchangedAreSkippedAndCounted() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "甲国与乙国签署协定。\n", StandardCharsets.UTF_8);
    Path b = Files.writeString(dir.resolve("b.txt"), "丙国外长访问丁国。\n", StandardCharsets.UTF_8);
    List<String> ids = new ArrayList<>();
    BatchResult r = runner("").run(List.of(a, b), doc -> doc.id().equals("a"), x -> ids.add(x.doc().id()));
    assertEquals(List.of("b"), ids);
    assertEquals(1, r.documents());
    assertEquals(1, r.unchanged());
    assertEquals(0, r.duplicates());
  }

  @Test
  void dashReadsStandardInput() {
    List<String> ids = new ArrayList<>();
    BatchResult r = runner("甲国与乙国建交。\n").run(InputFiles.expand(List.of(Path.of("-")), "*"),
        x -> ids.add(x.doc().id()));
    assertEquals(List.of("stdin"), ids);
    assertEquals(1, r.documents());
  }

  @Test
  void aDocumentOverItsTimeBudgetFailsInOneLineAndTheBatchGoesOn() throws IOException {
    // the stand-in tagger takes 400 ms a sentence and ignores interruption, as CoreNLP does
    TokenAnnotator slowOnSlow = sentence -> {
      if (sentence.contains("慢")) {
        sleepUninterruptibly(Duration.ofMillis(400));
      }
      return List.of();
    };
    DocumentProcessor p = new DocumentProcessor(slowOnSlow, catalog);
    Path slow = Files.writeString(dir.resolve("slow.txt"), "慢慢地会谈。".repeat(40) + "\n", StandardCharsets.UTF_8);
    Path fast = Files.writeString(dir.resolve("fast.txt"), "甲国与乙国签署协定。\n", StandardCharsets.UTF_8);
    BatchOptions options = BatchOptions.withThreads(1).withDocumentTimeout(Duration.ofSeconds(1));
    List<String> ids = new ArrayList<>();
    long t0 = System.nanoTime();
    BatchResult r = new BatchRunner(new DocumentReader(), p, options, InputStream.nullInputStream())
        .run(List.of(slow, fast), x -> ids.add(x.doc().id()));
    assertTrue(Duration.ofNanos(System.nanoTime() - t0).compareTo(Duration.ofSeconds(5)) < 0);
    assertEquals(List.of("fast"), ids);
    assertEquals(1, r.documents());
    assertEquals(1, r.diagnostics().size());
    String line = r.diagnostics().get(0).toString();
    assertTrue(line.startsWith(slow + ": error: ") && line.contains("exceeded the time budget of 1 s"), line);
    assertTrue(r.hasErrors());
  }

  @Test
  void anInputOverTheSizeLimitIsRefusedWithItsSizeUnread() throws IOException {
    Path big = Files.writeString(dir.resolve("big.txt"), "中美会谈。".repeat(1000), StandardCharsets.UTF_8);
    Path small = Files.writeString(dir.resolve("small.txt"), "甲国与乙国签署协定。", StandardCharsets.UTF_8);
    BatchOptions options = BatchOptions.withThreads(2).withMaxInputBytes(10_000);
    List<String> ids = new ArrayList<>();
    BatchResult r = new BatchRunner(new DocumentReader(options.maxInputBytes()), processor, options,
        InputStream.nullInputStream()).run(List.of(big, small), x -> ids.add(x.doc().id()));
    assertEquals(List.of("small"), ids);
    assertEquals(List.of(big + ": error: too large to read: 15,000 bytes, over the limit of 10,000 bytes"),
        r.diagnostics().stream().map(Object::toString).toList());
  }

  @Test
  void standardInputOverTheSizeLimitIsRefusedToo() {
    BatchOptions options = BatchOptions.withThreads(1).withMaxInputBytes(100);
    BatchResult r = new BatchRunner(new DocumentReader(options.maxInputBytes()), processor, options,
        new ByteArrayInputStream("甲".repeat(1000).getBytes(StandardCharsets.UTF_8)))
        .run(List.of(Path.of("-")), x -> { });
    assertEquals(0, r.documents());
    assertEquals("too large to read: 3,000 bytes, over the limit of 100 bytes", r.diagnostics().get(0).message());
  }

  @Test
  void aHugeUnpunctuatedDocumentIsExtractedInBoundedSentences() throws IOException {
    List<Integer> lengths = java.util.Collections.synchronizedList(new ArrayList<>());
    DocumentProcessor p = new DocumentProcessor(sentence -> {
      lengths.add(sentence.length());
      return List.of();
    }, catalog);
    Path huge = Files.writeString(dir.resolve("huge.txt"), "日美举行安全保障高级事务级磋商英美就印太事务进行高级别磋商".repeat(2_000),
        StandardCharsets.UTF_8);
    BatchResult r = new BatchRunner(new DocumentReader(), p, BatchOptions.withThreads(1), InputStream.nullInputStream())
        .run(List.of(huge), x -> { });
    assertEquals(1, r.documents());
    assertEquals(58_000 / 300 + 1, lengths.size());
    assertTrue(lengths.stream().allMatch(n -> n <= 300));
  }

  private static void sleepUninterruptibly(Duration d) {
    long end = System.nanoTime() + d.toNanos();
    while (System.nanoTime() < end) {
      try {
        Thread.sleep(Math.max(1, (end - System.nanoTime()) / 1_000_000));
      } catch (InterruptedException e) {
        // like the CoreNLP tagger: carry on
      }
    }
  }

  @Test
  void aDocumentWhoseExtractionThrowsIsOneLineAndTheBatchGoesOn() throws IOException {
    DocumentProcessor failing = new DocumentProcessor(sentence -> {
      if (sentence.contains("坏")) {
        throw new IllegalStateException("tagger broke\non two lines");
      }
      return List.of();
    }, catalog);
    Path bad = Files.writeString(dir.resolve("bad.txt"), "坏句子。\n", StandardCharsets.UTF_8);
    Path good = Files.writeString(dir.resolve("good.txt"), "甲国与乙国签署协定。\n", StandardCharsets.UTF_8);
    List<String> ids = new ArrayList<>();
    BatchResult r = new BatchRunner(new DocumentReader(), failing, 2, InputStream.nullInputStream())
        .run(List.of(bad, good), x -> ids.add(x.doc().id()));
    assertEquals(List.of("good"), ids);
    assertEquals(List.of(bad + ": error: extraction of bad failed: java.lang.IllegalStateException: tagger broke on two lines"),
        r.diagnostics().stream().map(Object::toString).toList());
  }

  @Test
  void problemsOfTheScanAreAmongTheDiagnostics() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "甲国与乙国签署协定。\n", StandardCharsets.UTF_8);
    Files.createSymbolicLink(dir.resolve("loop"), dir);
    BatchResult r = runner("").run(InputFiles.scan(List.of(dir), "*"), doc -> false, x -> { });
    assertEquals(1, r.documents());
    assertEquals(1, r.diagnostics().size());
    assertTrue(r.diagnostics().get(0).toString().startsWith(dir.resolve("loop") + ": warning: symbolic link loop"));
    assertFalse(r.hasErrors());
  }

  @Test
  void dashIsKeptAsItIsAmongFolderFiles() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Path x = Files.writeString(dir.resolve("sub/x.txt"), "正文。", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("sub/y.html"), "<p>正文。</p>", StandardCharsets.UTF_8);
    List<Path> files = InputFiles.expand(List.of(Path.of("-"), dir), "*.txt");
    assertEquals(List.of(Path.of("-"), x), files);
    assertEquals(Set.of(), Set.copyOf(InputFiles.expand(List.of(), "*")));
  }
}
