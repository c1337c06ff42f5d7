package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BatchOptionsTest {
  @Test
  void theBudgetIsFixedUpToAHundredThousandCharactersThenProportional() {
    BatchOptions options = BatchOptions.withThreads(2);
    assertEquals(Duration.ofSeconds(120), options.budgetFor(0));
    assertEquals(Duration.ofSeconds(120), options.budgetFor(100_000));
    assertEquals(Duration.ofSeconds(480), options.budgetFor(400_000));
    assertEquals(Duration.ofSeconds(15), options.withDocumentTimeout(Duration.ofSeconds(10)).budgetFor(150_000));
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> BatchOptions.withThreads(0));
    assertThrows(IllegalArgumentException.class, () -> BatchOptions.withThreads(1).withDocumentTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> BatchOptions.withThreads(1).withMaxInputBytes(0));
  }
}
