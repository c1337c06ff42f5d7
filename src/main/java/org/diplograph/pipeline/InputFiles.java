package org.diplograph.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs: files as given, folders recursively in name order, and {@code -}
 * (standard input) kept as it is.
 */
public final class InputFiles {
  /** The input name standing for standard input. */
  public static final String STDIN = "-";

  private InputFiles() {}

  /**
   * The files to read, in a stable order.
   *
   * @param glob a file-name pattern applied inside folders (e.g. {@code *.txt}); "*" for all
   * @throws UncheckedIOException when a folder cannot be listed
   */
  public static List<Path> expand(List<Path> inputs, String glob) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (!p.toString().equals(STDIN) && Files.isDirectory(p)) {
        try (Stream<Path> files = Files.walk(p)) {
          files.filter(Files::isRegularFile).filter(f -> matcher.matches(f.getFileName()))
              .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list folder " + p, e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
