package org.diplograph.export;

/**
 * A graph could not be pushed to the remote store, with the reason and a one-line message naming the
 * endpoint and what went wrong (never the credentials).
 */
public final class PushException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, for the caller's advice to the user. */
  public enum Reason {
    /** HTTP 401: credentials missing or wrong. */
    UNAUTHORIZED,
    /** HTTP 403: the user may not write. */
    FORBIDDEN,
    /** HTTP 404 (or 501): no Graph Store endpoint at the URL. */
    NOT_FOUND,
    /** HTTP 405: the endpoint does not accept PUT (read-only). */
    NOT_WRITABLE,
    /** Nothing listens at the host and port. */
    REFUSED,
    /** The host name is unknown. */
    UNKNOWN_HOST,
    /** Another HTTP status or I/O failure, transient ones after the last retry. */
    OTHER
  }

  private final Reason reason;

  PushException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
