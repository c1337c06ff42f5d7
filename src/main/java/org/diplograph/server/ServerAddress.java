package org.diplograph.server;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the server that holds a store listens, recorded in the store directory as {@value #FILE_NAME}
 * while it runs, so that the other commands on the same store can go through it: its base URL, its
 * process id and its token file. Immutable.
 *
 * @param url the base URL, ending in {@code /}
 * @param pid the server's process id
 * @param tokenFile the file holding the write token (empty when the token was given on the command line)
 */
public record ServerAddress(URI url, long pid, Optional<Path> tokenFile) {
  /** The file's name inside the store directory. */
  public static final String FILE_NAME = "server.properties";

  /** The address file of the store in {@code storeDir}. */
  public static Path file(Path storeDir) {
    return storeDir.resolve(FILE_NAME);
  }

  /**
   * Records this address for the store in {@code storeDir} (written aside and moved in place, so a reader
   * never sees half a file).
   *
   * @throws UncheckedIOException if it cannot be written
   */
  public void write(Path storeDir) {
    Properties p = new Properties();
    p.setProperty("url", url.toString());
    p.setProperty("pid", Long.toString(pid));
    tokenFile.ifPresent(f -> p.setProperty("token-file", f.toAbsolutePath().toString()));
    Path target = file(storeDir);
    Path tmp = storeDir.resolve(FILE_NAME + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      p.store(w, "the diplograph server holding this store; removed when it stops");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + tmp, e);
    }
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  /** The address recorded for the store in {@code storeDir}; empty when there is none or it is unreadable. */
  public static Optional<ServerAddress> read(Path storeDir) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file(storeDir), StandardCharsets.UTF_8)) {
      p.load(r);
      URI url = URI.create(p.getProperty("url", ""));
      long pid = Long.parseLong(p.getProperty("pid", "-1"));
      Optional<Path> token = Optional.ofNullable(p.getProperty("token-file")).map(Path::of);
      return url.isAbsolute() ? Optional.of(new ServerAddress(url, pid, token)) : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Removes the record of the store in {@code storeDir} if it is this one's (a newer server's stays). */
  public void remove(Path storeDir) {
    if (read(storeDir).filter(this::equals).isPresent()) {
      try {
        Files.deleteIfExists(file(storeDir));
      } catch (IOException e) {
        // the next reader finds the server unreachable and goes on without it
      }
    }
  }
}
