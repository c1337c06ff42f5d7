package org.diplograph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dead-letter line: one JSON object, quotes and newlines escaped. */
class DeadLetterTest {
  @Test
  void aFailureIsOneJsonLine() {
    assertEquals("{\"file\":\"hdfs://n/a \\\"b\\\".txt\",\"document\":\"a\",\"reason\":\"x\\ny\"}",
        DeadLetter.line("hdfs://n/a \"b\".txt", Optional.of("a"), "x\ny"));
    assertEquals("{\"file\":\"f\",\"reason\":\"empty file\"}", DeadLetter.line("f", Optional.empty(), "empty file"));
  }

  @Test
  void describesALineAsFileAndReason() {
    assertEquals("f: empty file", DeadLetter.describe(DeadLetter.line("f", Optional.empty(), "empty file")));
  }
}
