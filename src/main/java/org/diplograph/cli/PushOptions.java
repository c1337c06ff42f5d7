package org.diplograph.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.diplograph.export.PushCredentials;
import org.diplograph.export.PushException;
import org.diplograph.export.PushLedger;
import org.diplograph.export.PushTarget;
import org.diplograph.export.StorePusher;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of the commands that also write the graphs to a remote SPARQL store ({@code extract},
 * {@code export}): the Graph Store endpoint and the credentials, from options or environment variables.
 */
final class PushOptions {
  static final String USER_ENV = "DIPLOGRAPH_SPARQL_USER";
  static final String PASSWORD_ENV = "DIPLOGRAPH_SPARQL_PASSWORD";
  static final String TOKEN_ENV = "DIPLOGRAPH_SPARQL_TOKEN";

  @Option(names = "--sparql-endpoint", paramLabel = "URL",
      description = "Write the graphs to this SPARQL 1.1 Graph Store Protocol endpoint (extract: besides the "
          + "local store; export: instead of a file), one HTTP PUT per named graph, replacing it, so runs can be "
          + "repeated: Fuseki http://HOST:3030/DATASET/data, Virtuoso http://HOST:8890/sparql-graph-crud-auth.")
  Optional<String> endpoint = Optional.empty();

  @Option(names = "--sparql-user", paramLabel = "NAME",
      description = "User for the endpoint's HTTP Basic or Digest authentication, whichever it asks for "
          + "(default: $" + USER_ENV + ").")
  Optional<String> user = Optional.empty();

  @Option(names = "--sparql-password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
      description = "The user's password; without a value it is asked for (default: $" + PASSWORD_ENV
          + ", better than the command line, which other users of the machine can see).")
  @Nullable String password;

  @Option(names = "--sparql-token", paramLabel = "TOKEN",
      description = "Bearer token sent with every request (default: $" + TOKEN_ENV + ").")
  Optional<String> token = Optional.empty();

  @Option(names = "--sparql-retries", defaultValue = "4", paramLabel = "N",
      description = "Tries again a graph that failed for a transient reason (HTTP 429, 502, 503, 504, a reset "
          + "connection), waiting 0.5 s, then twice as long each time (default: ${DEFAULT-VALUE}).")
  int retries = PushTarget.DEFAULT_RETRIES;

  /** Where to push, if {@code --sparql-endpoint} (or {@code url}, given by the command) says so. */
  Optional<PushTarget> target(CommandSpec spec, Optional<String> url) {
    if (url.isPresent() && endpoint.isPresent() && !url.equals(endpoint)) {
      throw new ParameterException(spec.commandLine(), "two different endpoints: --to and --sparql-endpoint");
    }
    Optional<String> where = url.or(() -> endpoint);
    PushCredentials credentials = credentials(spec, System::getenv);
    if (where.isEmpty()) {
      if (!(credentials instanceof PushCredentials.None)) {
        throw new ParameterException(spec.commandLine(), "credentials given but no --sparql-endpoint");
      }
      return Optional.empty();
    }
    if (retries < 0 || retries > 10) {
      throw new ParameterException(spec.commandLine(), "--sparql-retries must be between 0 and 10");
    }
    try {
      return Optional.of(PushTarget.of(where.get(), credentials).withRetries(retries, PushTarget.DEFAULT_BACKOFF));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--sparql-endpoint: " + e.getMessage());
    }
  }

  /**
   * Opens a pusher to the target, if there is one, keeping its ledger in {@code storeDir} (so that graphs
   * the store no longer has are deleted remotely).
   */
  Optional<StorePusher> open(CommandSpec spec, Optional<String> url, Path storeDir) {
    return target(spec, url).map(t -> StorePusher.open(t, PushLedger.of(storeDir, t.endpoint())));
  }

  /**
   * The credentials the options give, each falling back on its environment variable.
   *
   * @throws ParameterException for a user without a password or the reverse, or both a user and a token
   */
  PushCredentials credentials(CommandSpec spec, Function<String, @Nullable String> env) {
    Optional<String> u = user.or(() -> fromEnv(env, USER_ENV));
    Optional<String> p = Optional.ofNullable(password).or(() -> fromEnv(env, PASSWORD_ENV));
    Optional<String> t = token.or(() -> fromEnv(env, TOKEN_ENV));
    if (t.isPresent() && (u.isPresent() || p.isPresent())) {
      throw new ParameterException(spec.commandLine(), "give either a user and password or a token, not both");
    }
    if (u.isPresent() != p.isPresent()) {
      throw new ParameterException(spec.commandLine(), u.isPresent()
          ? "--sparql-user needs a password: --sparql-password (asked for when given without a value) or $"
              + PASSWORD_ENV
          : "a password needs a user: --sparql-user or $" + USER_ENV);
    }
    try {
      if (t.isPresent()) {
        return PushCredentials.bearer(t.get());
      }
      return u.isPresent() ? PushCredentials.password(u.get(), p.get()) : PushCredentials.none();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static Optional<String> fromEnv(Function<String, @Nullable String> env, String name) {
    return Optional.ofNullable(env.apply(name)).filter(v -> !v.isEmpty());
  }

  /** What the user can do about a failed push, appended to its one-line message. */
  static String advice(PushException.Reason reason) {
    return switch (reason) {
      case UNAUTHORIZED -> "check the credentials: --sparql-user and --sparql-password (or $" + USER_ENV + " and $" + PASSWORD_ENV
          + "), or --sparql-token ($" + TOKEN_ENV + ")";
      case FORBIDDEN -> "the user may not write to this store (Virtuoso: grant it SPARQL_UPDATE)";
      case NOT_FOUND -> "give the Graph Store endpoint: Fuseki http://HOST:3030/DATASET/data, "
          + "Virtuoso http://HOST:8890/sparql-graph-crud-auth";
      case NOT_WRITABLE -> "the endpoint is read-only (Fuseki: start it with --update; diplograph serve: "
          + "--allow-update)";
      case REFUSED, UNKNOWN_HOST -> "check the --sparql-endpoint URL";
      case OTHER -> "the local store is complete: once the remote store works, `diplograph export "
          + "--sparql-endpoint URL` pushes all of it";
    };
  }
}
