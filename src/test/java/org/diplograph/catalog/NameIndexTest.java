package org.diplograph.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NameIndexTest {

  @Test
  void keyIgnoresSeparatorsCaseAndWidth() {
    assertEquals(NameIndex.key("约瑟夫拜登"), NameIndex.key("约瑟夫·拜登"));
    assertEquals(NameIndex.key("约瑟夫拜登"), NameIndex.key("约瑟夫•拜登"));
    assertEquals(NameIndex.key("托马斯格林菲尔德"), NameIndex.key("托马斯-格林菲尔德"));
    assertEquals(NameIndex.key("quad"), NameIndex.key("QUAD"));
    assertEquals(NameIndex.key("G7"), NameIndex.key("Ｇ７"));
    assertEquals(NameIndex.key("Joe Biden"), NameIndex.key("joebiden"));
  }

  @Test
  void findsByNormalisedName() {
    NameIndex<String> index = NameIndex.<String>builder("test", Function.identity())
        .putAll(List.of("约瑟夫·拜登", "拜登"), "biden").build();
    assertEquals("biden", index.find("约瑟夫 拜登").orElseThrow());
    assertTrue(index.find("拜").isEmpty());
  }

  @Test
  void rejectsANameOfTwoEntries() {
    NameIndex.Builder<String> builder = NameIndex.<String>builder("test", Function.identity()).put("新", "SGP");
    CatalogException e = assertThrows(CatalogException.class, () -> builder.put("新", "NZL"));
    assertTrue(e.getMessage().contains("SGP") && e.getMessage().contains("NZL"), e.getMessage());
  }
}
