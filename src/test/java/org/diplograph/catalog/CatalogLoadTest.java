package org.diplograph.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoadTest {

  /** Copies the knowledge files from the classpath into a folder. */
  private static void copyKnowledge(Path dir) throws Exception {
    for (String file : KnowledgeFiles.DATA) {
      try (InputStream in = CatalogLoadTest.class.getClassLoader()
          .getResourceAsStream(KnowledgeFiles.CLASSPATH_DIR + file)) {
        Files.copy(in, dir.resolve(file));
      }
    }
  }

  private static void append(Path file, String turtle) throws Exception {
    Files.writeString(file, turtle, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  @Test
  void loadsFromAFolderLikeFromTheClasspath(@TempDir Path dir) throws Exception {
    copyKnowledge(dir);
    assertEquals(Catalog.loadDefault().countries(), Catalog.load(dir).countries());
  }

  @Test
  void malformedTurtleNamesTheFile(@TempDir Path dir) throws Exception {
    copyKnowledge(dir);
    append(dir.resolve("titles.ttl"), "\nthis is not turtle .\n");
    CatalogException e = assertThrows(CatalogException.class, () -> Catalog.load(dir));
    assertTrue(e.source().endsWith("titles.ttl"), e.getMessage());
  }

  @Test
  void missingFileNamesTheFile(@TempDir Path dir) throws Exception {
    copyKnowledge(dir);
    Files.delete(dir.resolve("persons.ttl"));
    CatalogException e = assertThrows(CatalogException.class, () -> Catalog.load(dir));
    assertTrue(e.getMessage().contains("persons.ttl"), e.getMessage());
  }

  @Test
  void aNameClaimedByTwoOrganizationsFails(@TempDir Path dir) throws Exception {
    copyKnowledge(dir);
    append(dir.resolve("organizations.ttl"),
        "\norganization:FOO a dg:Organization ; dg:acronym \"FOO\" ; skos:prefLabel \"北约\"@zh , \"Foo\"@en .\n");
    CatalogException e = assertThrows(CatalogException.class, () -> Catalog.load(dir));
    assertTrue(e.getMessage().contains("北约"), e.getMessage());
  }

  @Test
  void curatedStatementsOnAnUnknownCountryFail(@TempDir Path dir) throws Exception {
    copyKnowledge(dir);
    append(dir.resolve("countries-curated.ttl"), "\ncountry:XYZ skos:altLabel \"某国\"@zh-Hans .\n");
    CatalogException e = assertThrows(CatalogException.class, () -> Catalog.load(dir));
    assertTrue(e.source().endsWith("country/XYZ"), e.getMessage());
  }
}
