package org.diplograph.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.diplograph.export.PushException;
import org.diplograph.server.AccessToken;
import org.diplograph.server.ServerException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception out of a command into one line on standard error and an exit code: a user error
 * (bad SPARQL, a store in use by another process, an unreadable file) is said in words, without a
 * stack trace; {@code --debug} prints the trace as well. Stateless apart from the debug flag.
 */
final class ErrorReport implements IExecutionExceptionHandler {
  private static final Pattern LOCK_FILE = Pattern.compile("file='([^']+)'");
  private static final Pattern LOCK_HOLDER = Pattern.compile("(?:process|PID|pid)\\D{0,4}(\\d+)");

  private final boolean debug;

  ErrorReport(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    if (debug) {
      e.printStackTrace(cmd.getErr());
    }
    Problem p = describe(e);
    cmd.getErr().println("diplograph " + cmd.getCommandName() + ": " + p.message());
    cmd.getErr().flush();
    return p.exitCode();
  }

  record Problem(String message, int exitCode) {}

  /** The one line that says what went wrong, and the exit code (2 for bad input from the user, else 1). */
  static Problem describe(Throwable e) {
    Optional<PushException> push = cause(e, PushException.class);
    if (push.isPresent()) {
      return new Problem(push.get().getMessage() + "; " + PushOptions.advice(push.get().reason()), 1);
    }
    Optional<QueryParseException> sparql = cause(e, QueryParseException.class);
    if (sparql.isPresent()) {
      QueryParseException q = sparql.get();
      return new Problem("SPARQL syntax error at line " + q.getLine() + ", column " + q.getColumn() + ": "
          + firstLine(q.getMessage()), 2);
    }
    Optional<QueryExceptionHTTP> http = cause(e, QueryExceptionHTTP.class);
    if (http.isPresent()) {
      int code = http.get().getStatusCode();
      return new Problem("the server's SPARQL endpoint answered " + (code > 0 ? "HTTP " + code : firstLine(
          http.get().getMessage())) + (code == 401 ? " (it asks for its token: --token, $DIPLOGRAPH_TOKEN or the "
          + "store's " + AccessToken.FILE_NAME + ")" : ""), 1);
    }
    Optional<ServerException> server = cause(e, ServerException.class);
    if (server.isPresent()) {
      return new Problem(firstLine(server.get().getMessage()), 1);
    }
    java.util.List<String> lock = chain(e).map(t -> String.valueOf(t.getMessage()))
        .filter(m -> m.contains("Failed to get a lock") || m.contains("tdb.lock")).toList();
    if (!lock.isEmpty()) {
      String holder = lock.stream().flatMap(m -> lockHolder(m).stream()).findFirst().orElse("another process");
      return new Problem("the store is in use by " + holder + ", which does not answer as a diplograph server"
          + " (a `serve` still starting, or another program): wait for it, stop it, or give another --store", 1);
    }
    Optional<NoSuchFileException> missing = cause(e, NoSuchFileException.class);
    if (missing.isPresent()) {
      return new Problem("no such file: " + missing.get().getFile(), 1);
    }
    Optional<IOException> io = cause(e, IOException.class);
    if (io.isPresent()) {
      return new Problem("I/O error: " + firstLine(io.get().getMessage()), 1);
    }
    return new Problem(e.getClass().getSimpleName() + ": " + firstLine(e.getMessage())
        + " (run with --debug for the stack trace)", 1);
  }

  /** "process N" from the message, else from the lock file it names (TDB2 writes the holder's pid into it). */
  private static Optional<String> lockHolder(String message) {
    Matcher m = LOCK_HOLDER.matcher(message);
    if (m.find()) {
      return Optional.of("process " + m.group(1));
    }
    Matcher file = LOCK_FILE.matcher(message);
    if (!file.find()) {
      return Optional.empty();
    }
    try {
      String pid = java.nio.file.Files.readString(java.nio.file.Path.of(file.group(1))).strip();
      return pid.matches("\\d+") ? Optional.of("process " + pid) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Stream<Throwable> chain(Throwable e) {
    return Stream.iterate(e, t -> t != null, Throwable::getCause).limit(20);
  }

  private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
    return chain(e).filter(type::isInstance).map(type::cast).findFirst();
  }

  private static String firstLine(String s) {
    return s == null ? "(no message)" : s.strip().split("\\R", 2)[0];
  }
}
