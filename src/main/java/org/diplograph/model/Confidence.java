package org.diplograph.model;

/** Checks for confidence scores, which are probabilities in [0, 1]. */
final class Confidence {
  private Confidence() {}

  static void check(double confidence) {
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
    }
  }
}
