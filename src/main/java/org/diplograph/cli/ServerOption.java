package org.diplograph.cli;

import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --server} and {@code --token} options of the commands that can go through a running server. */
final class ServerOption {
  @Option(names = "--server", paramLabel = "URL",
      description = "Go through the diplograph server at URL (default: the server recorded in the store "
          + "directory by a running `serve`, if it answers; else the store is opened directly).")
  Optional<URI> server = Optional.empty();

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "The server's write token for extract (default: $DIPLOGRAPH_TOKEN, else the store's token file).")
  Optional<String> token = Optional.empty();
}
