package org.diplograph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/** The greedy scan of a text for non-overlapping matches, left to right, each taken where it starts. */
final class LeftToRightScan {
  private LeftToRightScan() {}

  /**
   * The matches {@code at} finds, moving past each match found and one character where none is.
   *
   * @param length the text's length
   * @param at the match starting at an offset, if any
   * @param end where a match ends
   */
  static <T> List<T> scan(int length, IntFunction<Optional<T>> at, ToIntFunction<T> end) {
    List<T> out = new ArrayList<>();
    int i = 0;
    while (i < length) {
      Optional<T> m = at.apply(i);
      if (m.isPresent()) {
        out.add(m.get());
        i = Math.max(i + 1, end.applyAsInt(m.get()));
      } else {
        i++;
      }
    }
    return out;
  }
}
