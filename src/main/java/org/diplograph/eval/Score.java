package org.diplograph.eval;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Counts of one comparison: true positives, false positives (false alarms) and false negatives
 * (misses), with the precision, recall and F1 they give. Scores add up, which is how
 * micro-averaging over documents is done.
 *
 * @param tp predicted items that match gold items
 * @param fp predicted items that match nothing
 * @param fn gold items that nothing matches
 */
public record Score(int tp, int fp, int fn) {
  /** No items at all. */
  public static final Score ZERO = new Score(0, 0, 0);

  public Score {
    checkArgument(tp >= 0 && fp >= 0 && fn >= 0, "negative count: %s/%s/%s", tp, fp, fn);
  }

  /** A score from its counts. */
  public static Score of(int tp, int fp, int fn) {
    return new Score(tp, fp, fn);
  }

  /** The sum of the counts of this score and another. */
  public Score plus(Score other) {
    return new Score(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  /** tp / (tp + fp), or 0 when nothing was predicted. */
  public double precision() {
    return ratio(tp, tp + fp);
  }

  /** tp / (tp + fn), or 0 when there is no gold item. */
  public double recall() {
    return ratio(tp, tp + fn);
  }

  /** The harmonic mean of precision and recall, or 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** True when there was nothing to count (no gold and no predicted item). */
  public boolean isEmpty() {
    return tp + fp + fn == 0;
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
