package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.diplograph.server.AccessToken;
import org.diplograph.server.ServerAddress;
import org.diplograph.server.ServerClient;
import org.diplograph.server.ServerException;

/**
 * Finds the server a command should go through: the one named by {@code --server}, else the one a running
 * {@code serve} recorded in the store directory, if it answers. Its write token comes from {@code --token},
 * {@code $DIPLOGRAPH_TOKEN}, or the token file the server recorded (readable by the user who started it).
 */
final class ServerLocator {
  private static final Duration PING = Duration.ofSeconds(2);

  private ServerLocator() {}

  /**
   * The server to go through; empty when the store should be opened directly.
   *
   * @throws ServerException when {@code --server} names a server that does not answer
   */
  static Optional<ServerClient> find(StoreOption store, ServerOption option) {
    Optional<ServerAddress> recorded = ServerAddress.read(store.path());
    Optional<AccessToken> token = token(option, recorded, store.path());
    if (option.server.isPresent()) {
      ServerClient client = ServerClient.of(option.server.get(), token);
      if (!client.reachable(PING)) {
        throw new ServerException("no diplograph server answers at " + option.server.get(), null);
      }
      return Optional.of(client);
    }
    return recorded.map(a -> ServerClient.of(a.url(), token)).filter(c -> c.reachable(PING));
  }

  private static Optional<AccessToken> token(ServerOption option, Optional<ServerAddress> recorded, Path store) {
    if (option.token.isPresent()) {
      return option.token.map(AccessToken::of);
    }
    String env = System.getenv("DIPLOGRAPH_TOKEN");
    if (env != null && !env.isBlank()) {
      return Optional.of(AccessToken.of(env));
    }
    Path file = recorded.flatMap(ServerAddress::tokenFile).orElse(AccessToken.file(store));
    try {
      return Files.isReadable(file) ? Optional.of(AccessToken.of(Files.readString(file))) : Optional.empty();
    } catch (java.io.IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
