package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScriptNormalizerTest {
  private final ScriptNormalizer normalizer = new ScriptNormalizer();

  @Test
  void convertsTraditionalCharacterByCharacter() {
    String traditional = "美國與東協簽署協議，川普會見紐西蘭總理。";
    String simplified = normalizer.toSimplified(traditional);
    assertEquals("美国与东协签署协议，川普会见纽西兰总理。", simplified);
    assertEquals(traditional.length(), simplified.length());
  }

  @Test
  void leavesSimplifiedAndLatinTextAlone() {
    assertEquals("美国国防部长奥斯汀(Lloyd Austin)", normalizer.toSimplified("美国国防部长奥斯汀(Lloyd Austin)"));
  }
}
