package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplograph.model.Script;
import org.junit.jupiter.api.Test;

class ScriptDetectorTest {
  private final ScriptDetector detector = new ScriptDetector();

  @Test
  void traditionalTextIsTraditional() {
    assertEquals(Script.TRADITIONAL, detector.detect(Fixtures.text("traditional.txt")));
  }

  @Test
  void simplifiedTextIsSimplified() {
    assertEquals(Script.SIMPLIFIED, detector.detect(Fixtures.text("simplified.txt")));
    assertEquals(Script.SIMPLIFIED, detector.detect(List.of("美国国务卿布林肯周二抵达东京，与日本外务大臣会谈。")));
  }

  @Test
  void textWithoutHanIsSimplifiedByDefault() {
    assertEquals(Script.SIMPLIFIED, detector.detect("Joint Statement, 2023"));
  }
}
