package org.diplograph.export;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names of the graphs a store has pushed to one endpoint, kept in the store directory
 * ({@code pushed/<hash of the endpoint URL>.graphs}, one IRI a line), so that a later push can delete from
 * the remote store the graphs the local store no longer has: the Graph Store Protocol cannot list a
 * remote store's graphs. Not thread-safe.
 */
public final class PushLedger {
  /** The folder inside the store directory. */
  public static final String FOLDER = "pushed";

  private final Path file;
  private final URI endpoint;

  private PushLedger(Path file, URI endpoint) {
    this.file = file;
    this.endpoint = endpoint;
  }

  /** The ledger of the store in {@code storeDir} for {@code endpoint}; nothing is read or written yet. */
  public static PushLedger of(Path storeDir, URI endpoint) {
    String key = Hashing.sha256().hashString(endpoint.toString(), StandardCharsets.UTF_8).toString().substring(0, 16);
    return new PushLedger(storeDir.resolve(FOLDER).resolve(key + ".graphs"), endpoint);
  }

  /** The file the ledger lives in. */
  public Path file() {
    return file;
  }

  /**
   * The graphs recorded as pushed, empty when nothing was recorded.
   *
   * @throws UncheckedIOException if the file exists but cannot be read
   */
  public Set<String> read() {
    try {
      Set<String> graphs = new TreeSet<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          graphs.add(line.strip());
        }
      }
      return graphs;
    } catch (NoSuchFileException e) {
      return new TreeSet<>();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Records {@code graphs} as what the remote store holds from this store (written aside and moved in place).
   *
   * @throws UncheckedIOException if it cannot be written
   */
  public void write(Collection<String> graphs) {
    List<String> lines = new ArrayList<>();
    lines.add("# graphs pushed to " + endpoint.getScheme() + "://" + endpoint.getHost()
        + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort()) + endpoint.getPath());
    lines.addAll(new TreeSet<>(graphs));
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
