package org.diplograph.export;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How to authenticate to a remote SPARQL store: not at all, with a user name and password (answered to
 * the server's challenge, HTTP Basic or Digest as the server asks), or with a bearer token (sent with
 * every request). Immutable; {@link #toString()} never shows a password or a token.
 */
public sealed interface PushCredentials {
  /** No credentials. */
  static PushCredentials none() {
    return None.INSTANCE;
  }

  /**
   * A user and password, for HTTP Basic or Digest authentication.
   *
   * @throws IllegalArgumentException if the user is blank
   */
  static PushCredentials password(String user, String password) {
    checkArgument(!user.isBlank(), "the user name is blank");
    return new Password(user, password);
  }

  /**
   * A bearer token.
   *
   * @throws IllegalArgumentException if the token is blank or contains white space
   */
  static PushCredentials bearer(String token) {
    checkArgument(!token.isBlank() && token.chars().noneMatch(Character::isWhitespace),
        "the token is blank or contains white space");
    return new Bearer(token);
  }

  /** No authentication. */
  enum None implements PushCredentials {
    INSTANCE;

    @Override
    public String toString() {
      return "no credentials";
    }
  }

  /** User and password; the password is never shown. */
  record Password(String user, String password) implements PushCredentials {
    @Override
    public String toString() {
      return "user " + user + " (password not shown)";
    }
  }

  /** A bearer token, never shown. */
  record Bearer(String token) implements PushCredentials {
    @Override
    public String toString() {
      return "bearer token (not shown)";
    }
  }
}
