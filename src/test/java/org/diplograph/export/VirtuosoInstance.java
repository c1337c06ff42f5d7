package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diplograph.server.ExternalTools;
import org.junit.jupiter.api.Assumptions;

/**
 * An OpenLink Virtuoso server of its own for a test (Debian's virtuoso-opensource): a fresh database in a
 * temporary folder, SQL and HTTP on free ports, the dba password set to {@link #PASSWORD}. Close it to
 * stop the server. Where virtuoso-t is missing the test is skipped, except in CI (environment variable
 * {@code CI} set), where it fails: .ci/run installs the package.
 */
public final class VirtuosoInstance implements AutoCloseable {
  public static final String USER = "dba";
  public static final String PASSWORD = "push-test-secret";
  private static final Path SERVER = Path.of("/usr/bin/virtuoso-t");
  private static final Path ISQL = Path.of("/usr/bin/isql-vt");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Process process;
  private final Path dir;
  private final int httpPort;

  private VirtuosoInstance(Process process, Path dir, int httpPort) {
    this.process = process;
    this.dir = dir;
    this.httpPort = httpPort;
  }

  /** Fails in CI, skips elsewhere, when Virtuoso is not installed. */
  public static void requireInstalled() {
    boolean installed = Files.isExecutable(SERVER) && Files.isExecutable(ISQL);
    if (!installed && System.getenv("CI") != null) {
      fail("virtuoso-t is not installed: .ci/run should have installed virtuoso-opensource");
    }
    Assumptions.assumeTrue(installed, "Virtuoso not installed (apt-get install virtuoso-opensource)");
  }

  /**
   * Starts a server with a fresh database in {@code dir} and waits until its HTTP side answers.
   *
   * @throws IOException if it does not start in time (its log is in the message)
   */
  public static VirtuosoInstance start(Path dir) throws IOException {
    requireInstalled();
    int sqlPort = freePort();
    int httpPort = freePort();
    Path ini = dir.resolve("virtuoso.ini");
    Files.createDirectories(dir.resolve("vsp"));
    Files.writeString(ini, ini(dir, sqlPort, httpPort), StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(SERVER.toString(), "-f", "-c", ini.toString())
        .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
    VirtuosoInstance v = new VirtuosoInstance(p, dir, httpPort);
    try {
      v.awaitHttp();
      setPassword(sqlPort);
    } catch (IOException | RuntimeException e) {
      v.close();
      throw e;
    }
    return v;
  }

  private static String ini(Path dir, int sqlPort, int httpPort) {
    String d = dir.toAbsolutePath().toString();
    return String.join("\n",
        "[Database]",
        "DatabaseFile = " + d + "/virtuoso.db",
        "ErrorLogFile = " + d + "/virtuoso.log",
        "LockFile = " + d + "/virtuoso.lck",
        "TransactionFile = " + d + "/virtuoso.trx",
        "xa_persistent_file = " + d + "/virtuoso.pxa",
        "ErrorLogLevel = 7",
        "FileExtend = 200",
        "Striping = 0",
        "TempStorage = TempDatabase",
        "[TempDatabase]",
        "DatabaseFile = " + d + "/virtuoso-temp.db",
        "TransactionFile = " + d + "/virtuoso-temp.trx",
        "Striping = 0",
        "[Parameters]",
        "ServerPort = " + sqlPort,
        "DisableUnixSocket = 1",
        "CheckpointInterval = 0",
        // about 80 MB of buffers: enough for tests, frugal on a shared machine
        "NumberOfBuffers = 10000",
        "MaxDirtyBuffers = 6000",
        "ThreadsPerQuery = 2",
        "DirsAllowed = .",
        "[HTTPServer]",
        "ServerPort = " + httpPort,
        "ServerRoot = " + d + "/vsp",
        "ServerThreads = 4",
        "Charset = UTF-8",
        "[SPARQL]",
        "ResultSetMaxRows = 100000",
        "MaxQueryExecutionTime = 60",
        "");
  }

  private void awaitHttp() throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("virtuoso-t ended with " + process.exitValue() + ": " + log());
      }
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(sparql() + "?query=ASK%7B%7D")).build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      sleep(250);
    }
    throw new IOException("Virtuoso did not answer within " + START_TIMEOUT.toSeconds() + " s: " + log());
  }

  private static void setPassword(int sqlPort) throws IOException {
    ExternalTools.Run run = ExternalTools.run(List.of(ISQL.toString(), Integer.toString(sqlPort), USER, "dba",
        "exec=USER_PASSWORD_SET('" + USER + "', '" + PASSWORD + "');"), 60);
    if (run.exit() != 0) {
      throw new IOException("isql-vt could not set the dba password: " + run.out());
    }
  }

  /** The authenticated Graph Store endpoint (HTTP Digest). */
  public String gspAuth() {
    return base() + "sparql-graph-crud-auth";
  }

  /** The SPARQL query endpoint. */
  public String sparql() {
    return base() + "sparql";
  }

  private String base() {
    return "http://localhost:" + httpPort + "/";
  }

  private String log() {
    try {
      Path log = dir.resolve("virtuoso.log");
      String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
      return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted", e));
    }
  }

  /** Stops the server (SIGTERM, then SIGKILL after 30 s). */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
