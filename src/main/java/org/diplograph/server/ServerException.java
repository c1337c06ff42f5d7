package org.diplograph.server;

/** The server could not start (the message says where it tried to listen), or a server did not answer as asked. */
public final class ServerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
