package org.diplograph.pipeline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.diplograph.model.Diagnostic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expands the command line's inputs: files as given, folders recursively in name order (following symbolic
 * links; a link leading back to a folder it is in is reported and not followed), and {@code -} (standard
 * input) kept as it is.
 */
public final class InputFiles {
  private static final Logger LOG = LoggerFactory.getLogger(InputFiles.class);
  /** The input name standing for standard input. */
  public static final String STDIN = "-";

  private InputFiles() {}

  /**
   * The files to read, in a stable order; problems inside folders are logged and left out.
   *
   * @param glob a file-name pattern applied inside folders (e.g. {@code *.txt}); "*" for all
   */
  public static List<Path> expand(List<Path> inputs, String glob) {
    return scan(inputs, glob).files();
  }

  /**
   * The files to read, in a stable order, and one diagnostic for each thing inside a folder that could not
   * be looked into: a symbolic link loop or a broken link (warnings: nothing is lost), an unreadable
   * folder (an error). Each problem is also logged.
   *
   * @param glob a file-name pattern applied inside folders (e.g. {@code *.txt}); "*" for all
   */
  public static InputScan scan(List<Path> inputs, String glob) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    List<Path> files = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path p : inputs) {
      if (!p.toString().equals(STDIN) && Files.isDirectory(p)) {
        files.addAll(walk(p, matcher, problems));
      } else {
        files.add(p);
      }
    }
    problems.forEach(d -> LOG.warn("{}", d));
    return new InputScan(files, problems);
  }

  private static List<Path> walk(Path folder, PathMatcher matcher, List<Diagnostic> problems) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new Collector(matcher, found, problems));
    } catch (IOException e) {
      problems.add(Diagnostic.error(folder.toString(), "cannot list folder: " + describe(e)));
    }
    return found.stream().sorted().toList();
  }

  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e instanceof NoSuchFileException ? "no such file or folder" : String.valueOf(e.getMessage());
  }

  /** Collects the regular files matching the pattern, and the problems met. */
  private static final class Collector extends SimpleFileVisitor<Path> {
    private final PathMatcher matcher;
    private final List<Path> found;
    private final List<Diagnostic> problems;

    Collector(PathMatcher matcher, List<Path> found, List<Diagnostic> problems) {
      this.matcher = matcher;
      this.found = found;
      this.problems = problems;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      Path name = file.getFileName();
      if (attrs.isSymbolicLink()) {
        // FOLLOW_LINKS hands over the link itself only when its target is missing
        problems.add(Diagnostic.warning(file.toString(), "broken symbolic link, skipped"));
      } else if (attrs.isRegularFile() && name != null && matcher.matches(name) && !name.toString().startsWith(".")) {
        found.add(file);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (e instanceof FileSystemLoopException) {
        problems.add(Diagnostic.warning(file.toString(), "symbolic link loop (leads back to a folder it is in), "
            + "not followed"));
      } else {
        problems.add(Diagnostic.error(file.toString(), "cannot read: " + describe(e)));
      }
      return FileVisitResult.CONTINUE;
    }
  }
}
