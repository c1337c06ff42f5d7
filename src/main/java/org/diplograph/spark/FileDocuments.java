package org.diplograph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.spark.input.PortableDataStream;
import org.diplograph.pipeline.GuardedProcessor;
import org.diplograph.pipeline.StageTimes;

/** Reads the documents of one input file of a Spark file source, as {@code extract} reads a file. */
final class FileDocuments {
  private FileDocuments() {}

  /** The documents of the file (or the problem), read within the guard's time budget and size limit. */
  static GuardedProcessor.Reading read(GuardedProcessor guard, String file, PortableDataStream content,
      StageTimes times) {
    try (InputStream in = content.open()) {
      return guard.read(file, in, times);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file, e);
    }
  }
}
