package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScoreTest {
  private static final double EPS = 1e-9;

  @Test
  void computesPrecisionRecallF1() {
    Score s = Score.of(3, 1, 2);
    assertEquals(0.75, s.precision(), EPS);
    assertEquals(0.6, s.recall(), EPS);
    assertEquals(2 * 0.75 * 0.6 / 1.35, s.f1(), EPS);
  }

  @Test
  void undefinedRatiosAreZero() {
    assertEquals(0, Score.ZERO.precision());
    assertEquals(0, Score.ZERO.recall());
    assertEquals(0, Score.ZERO.f1());
    assertEquals(0, Score.of(0, 2, 3).f1());
  }

  @Test
  void addsCounts() {
    assertEquals(Score.of(4, 6, 8), Score.of(1, 2, 3).plus(Score.of(3, 4, 5)));
  }

  @Test
  void rejectsNegativeCounts() {
    assertThrows(IllegalArgumentException.class, () -> Score.of(-1, 0, 0));
  }
}
