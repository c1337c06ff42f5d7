package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplograph.ingest.DocumentReader;
import org.diplograph.model.SourceDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated corpus: distinct articles of real sentences, the same for the same seed. */
class CorpusGeneratorTest {
  private static final List<Path> SEEDS = InputFiles.expand(List.of(Path.of("seeds")), "*");

  @TempDir Path dir;

  @Test
  void writesDistinctArticlesEachReadAsOneDatedDocument() throws IOException {
    CorpusGenerator.Summary s = CorpusGenerator.generate(SEEDS, 300, 7, dir.resolve("a"));
    assertEquals(300, s.documents());
    List<Path> files = InputFiles.expand(List.of(dir.resolve("a")), "*");
    assertEquals(300, files.size());
    Set<String> hashes = new HashSet<>();
    DocumentReader reader = new DocumentReader();
    int dated = 0;
    for (Path f : files) {
      List<SourceDoc> docs = reader.read(f);
      assertEquals(1, docs.size(), f.toString());
      assertTrue(!docs.get(0).paragraphs().isEmpty(), f.toString());
      dated += docs.get(0).published().isPresent() ? 1 : 0;
      hashes.add(docs.get(0).contentHash());
    }
    assertEquals(300, hashes.size());
    // a few recombined texts look like text extracted from a PDF (fragments), which has no header lines
    assertTrue(dated >= 240, "dated: " + dated);
  }

  @Test
  void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() throws IOException {
    CorpusGenerator.generate(SEEDS, 20, 1, dir.resolve("a"));
    CorpusGenerator.generate(SEEDS, 20, 1, dir.resolve("b"));
    CorpusGenerator.generate(SEEDS, 20, 2, dir.resolve("c"));
    String first = Files.readString(dir.resolve("a/doc-00007.txt"));
    assertEquals(first, Files.readString(dir.resolve("b/doc-00007.txt")));
    assertTrue(!first.equals(Files.readString(dir.resolve("c/doc-00007.txt"))));
  }
}
