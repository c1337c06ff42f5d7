package org.diplograph.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountryTableGeneratorTest {

  @Test
  void committedTableEqualsAFreshGeneration(@TempDir Path tmp) throws Exception {
    Path fresh = tmp.resolve("countries.ttl");
    CountryTableGenerator.main(new String[] {fresh.toString()});
    List<String> committed =
        Files.readAllLines(Path.of("ontology", KnowledgeFiles.COUNTRY_TABLE), StandardCharsets.UTF_8);
    List<String> expected = Files.readAllLines(fresh, StandardCharsets.UTF_8);
    assertEquals(-1, firstDifference(expected, committed),
        "ontology/countries-cldr.ttl drifted from CLDR at the line index given; regenerate it with CountryTableGenerator");
  }

  private static int firstDifference(List<String> a, List<String> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      if (i >= a.size() || i >= b.size() || !a.get(i).equals(b.get(i))) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void generationIsDeterministicAndHoldsTaiwanHongKongMacao() {
    String table = CountryTableGenerator.generate();
    assertEquals(table, CountryTableGenerator.generate());
    assertTrue(table.contains("country:TWN a dg:Country"));
    assertTrue(table.contains("\"台湾\"@zh"));
    assertTrue(table.contains("country:HKG a dg:Country"));
    assertTrue(table.contains("country:MAC a dg:Country"));
    assertTrue(table.indexOf("country:AFG") < table.indexOf("country:ZWE"));
  }
}
