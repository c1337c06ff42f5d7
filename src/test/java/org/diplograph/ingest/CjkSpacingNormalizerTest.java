package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CjkSpacingNormalizerTest {
  private final CjkSpacingNormalizer normalizer = new CjkSpacingNormalizer();

  @Test
  void removesSpacesBetweenCjkCharactersAndNumbers() {
    assertEquals("2022年11月13日,拜登总统在金边", normalizer.normalize("2022 年 11 月 13 日, 拜登总统在金边"));
  }

  @Test
  void removesSpacesAfterAsciiPunctuationUsedAsChinesePunctuation() {
    assertEquals("2023年,美国与日本、韩国", normalizer.normalize("2023年, 美国与日本、 韩国"));
  }

  @Test
  void keepsSpacesBetweenLatinWordsInsideChineseText() {
    assertEquals(
        "劳埃德·奥斯汀(Lloyd Austin)在“里根国防论坛”(Reagan National Defense Forum)上",
        normalizer.normalize("劳埃德·奥 斯汀 (Lloyd Austin) 在 “里根国防论坛” (Reagan National Defense Forum) 上"));
  }

  @Test
  void collapsesOtherRunsAndTrims() {
    assertEquals("MQ-9 Reaper drones", normalizer.normalize("  MQ-9   Reaper\tdrones "));
  }

  @Test
  void ideographicSpacesCountAsSpaces() {
    assertEquals("摘要:2023年", normalizer.normalize("摘\u3000要:\u3000 2023年"));
  }
}
