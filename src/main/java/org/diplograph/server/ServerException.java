package org.diplograph.server;

/** The server could not start; the message says where it tried to listen. */
public final class ServerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
