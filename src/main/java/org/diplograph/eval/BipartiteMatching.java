package org.diplograph.eval;

import java.util.Arrays;
import java.util.function.BiPredicate;

/**
 * A maximum one-to-one matching between two small sets given by an edge predicate (augmenting
 * paths, Kuhn's algorithm). Deterministic: earlier left items get their earlier candidates first.
 */
final class BipartiteMatching {
  private final int rights;
  private final BiPredicate<Integer, Integer> edge;
  private final int[] leftOfRight;

  private BipartiteMatching(int rights, BiPredicate<Integer, Integer> edge) {
    this.rights = rights;
    this.edge = edge;
    this.leftOfRight = new int[rights];
    Arrays.fill(leftOfRight, -1);
  }

  /**
   * Matches left items {@code 0..lefts-1} to right items {@code 0..rights-1}.
   *
   * @return for each left item the index of its right item, or -1 when unmatched
   */
  static int[] maximum(int lefts, int rights, BiPredicate<Integer, Integer> edge) {
    BipartiteMatching m = new BipartiteMatching(rights, edge);
    for (int left = 0; left < lefts; left++) {
      m.augment(left, new boolean[rights]);
    }
    int[] rightOfLeft = new int[lefts];
    Arrays.fill(rightOfLeft, -1);
    for (int right = 0; right < rights; right++) {
      if (m.leftOfRight[right] >= 0) {
        rightOfLeft[m.leftOfRight[right]] = right;
      }
    }
    return rightOfLeft;
  }

  private boolean augment(int left, boolean[] visited) {
    for (int right = 0; right < rights; right++) {
      if (visited[right] || !edge.test(left, right)) {
        continue;
      }
      visited[right] = true;
      if (leftOfRight[right] < 0 || augment(leftOfRight[right], visited)) {
        leftOfRight[right] = left;
        return true;
      }
    }
    return false;
  }
}
