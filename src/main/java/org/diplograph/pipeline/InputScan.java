package org.diplograph.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.diplograph.model.Diagnostic;

/**
 * What {@link InputFiles#scan} found: the files to read, in a stable order, and the problems met looking
 * into folders (a symbolic link loop, a broken link, an unreadable folder), one diagnostic each.
 */
public record InputScan(List<Path> files, List<Diagnostic> problems) {
  public InputScan {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }
}
