package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder expansion: name order, glob, hidden files, symbolic links followed, loops and broken links reported. */
class InputFilesTest {
  @TempDir Path dir;

  @Test
  void aSymbolicLinkLoopIsOneWarningAndTheRestIsRead() throws IOException {
    Path a = write("a.txt");
    Path b = write("sub/b.txt");
    Files.createSymbolicLink(dir.resolve("sub/back"), dir);
    InputScan scan = InputFiles.scan(List.of(dir), "*");
    assertEquals(List.of(a, b), scan.files());
    assertEquals(1, scan.problems().size());
    Diagnostic loop = scan.problems().get(0);
    assertEquals(Diagnostic.Severity.WARNING, loop.severity());
    assertEquals(dir.resolve("sub/back").toString(), loop.source());
    assertTrue(loop.message().startsWith("symbolic link loop"), loop.message());
  }

  @Test
  void aLinkedFolderIsFollowedAndABrokenLinkReported() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("c.txt"), "正文。", StandardCharsets.UTF_8);
    Path input = Files.createDirectories(dir.resolve("input"));
    Files.createSymbolicLink(input.resolve("linked"), elsewhere);
    Files.createSymbolicLink(input.resolve("gone.txt"), dir.resolve("missing.txt"));
    InputScan scan = InputFiles.scan(List.of(input), "*.txt");
    assertEquals(List.of(input.resolve("linked/c.txt")), scan.files());
    assertEquals(List.of(Diagnostic.warning(input.resolve("gone.txt").toString(), "broken symbolic link, skipped")),
        scan.problems());
  }

  @Test
  void hiddenFilesAndNonMatchingNamesAreLeftOutInNameOrder() throws IOException {
    Path z = write("z.txt");
    Path m = write("m/m.txt");
    write(".hidden.txt");
    write("page.html");
    assertEquals(List.of(m, z), InputFiles.expand(List.of(dir), "*.txt"));
  }

  private Path write(String name) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, "正文。" + name, StandardCharsets.UTF_8);
  }
}
