package org.diplograph.export;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Renders an {@link ActorNetwork} to PNG or SVG by piping its DOT through Graphviz's {@code dot}
 * found on the PATH. Stateless and thread-safe; the caller owns {@code out}.
 */
public final class GraphvizRenderer {
  /** The message when {@code dot} is not on the PATH. */
  public static final String NOT_FOUND = "Graphviz 'dot' not found: install graphviz";

  private GraphvizRenderer() {}

  /** The {@code dot} executable on the PATH, if any. */
  public static Optional<Path> findDot() {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty()) {
        Path candidate = Path.of(dir, "dot");
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Renders {@code network} as {@code format} (PNG or SVG) to {@code out}.
   *
   * @throws GraphvizException if {@code dot} is missing ({@link #NOT_FOUND}) or fails
   */
  public static void render(ActorNetwork network, NetworkFormat format, OutputStream out) {
    checkArgument(format.isImage(), "not an image format: %s", format);
    Path dot = findDot().orElseThrow(() -> new GraphvizException(NOT_FOUND));
    ByteArrayOutputStream source = new ByteArrayOutputStream();
    NetworkExporter.write(network, NetworkFormat.DOT, source);
    try {
      run(dot, format.extension().toLowerCase(Locale.ROOT), source.toByteArray(), out);
    } catch (IOException e) {
      throw new GraphvizException("Graphviz 'dot' failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GraphvizException("interrupted while Graphviz 'dot' ran", e);
    }
  }

  private static void run(Path dot, String type, byte[] input, OutputStream out)
      throws IOException, InterruptedException {
    Process p = new ProcessBuilder(dot.toString(), "-T" + type).start();
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    try (OutputStream in = p.getOutputStream()) {
      in.write(input);
    }
    p.getInputStream().transferTo(out);
    int code = p.waitFor();
    if (code != 0) {
      throw new IOException("exit " + code + ": " + new String(err.join(), StandardCharsets.UTF_8).strip());
    }
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
