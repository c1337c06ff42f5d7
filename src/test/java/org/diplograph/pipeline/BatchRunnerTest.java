package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplograph.catalog.Catalog;
import org.diplograph.ingest.DocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch runner's reading, de-duplication and skipping, with an NLP stand-in that finds no tokens. */
class BatchRunnerTest {
  private static DocumentProcessor processor;

  @TempDir Path dir;

  @BeforeAll
  static void processor() {
    processor = new DocumentProcessor(sentence -> List.of(), Catalog.loadDefault());
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
  void dashIsKeptAsItIsAmongFolderFiles() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Path x = Files.writeString(dir.resolve("sub/x.txt"), "正文。", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("sub/y.html"), "<p>正文。</p>", StandardCharsets.UTF_8);
    List<Path> files = InputFiles.expand(List.of(Path.of("-"), dir), "*.txt");
    assertEquals(List.of(Path.of("-"), x), files);
    assertEquals(Set.of(), Set.copyOf(InputFiles.expand(List.of(), "*")));
  }
}
