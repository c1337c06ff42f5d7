package org.diplograph.server;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The token that guards a server's writes (ingest, SPARQL Update, Graph Store writes), and its reads too when
 * it listens beyond the loopback interface without {@code --public-read}. Kept in
 * the store directory as {@value #FILE_NAME}, readable by its owner only (mode 0600), created on the
 * first start; or given by the user. Immutable; {@link #matches} compares in constant time.
 */
public final class AccessToken {
  /** The token file's name inside the store directory. */
  public static final String FILE_NAME = "server.token";
  private static final int BYTES = 32;

  private final String value;

  private AccessToken(String value) {
    checkArgument(!value.isBlank(), "blank token");
    this.value = value.strip();
  }

  /** A token given by the user. */
  public static AccessToken of(String value) {
    return new AccessToken(value);
  }

  /** The token file of the store in {@code storeDir}. */
  public static Path file(Path storeDir) {
    return storeDir.resolve(FILE_NAME);
  }

  /**
   * The token of the store in {@code storeDir}: read from its file, or made (32 random bytes, base64url)
   * and written there with mode 0600 when there is none.
   *
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public static AccessToken loadOrCreate(Path storeDir) {
    Path file = file(storeDir);
    try {
      if (!Files.exists(file)) {
        byte[] random = new byte[BYTES];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
          Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException raced) {
          // another process made it first: use its token
        }
      }
      return new AccessToken(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the token file " + file + ": " + e.getMessage(), e);
    }
  }

  /** The token's text, for a client's Authorization header. */
  public String value() {
    return value;
  }

  /**
   * True when {@code authorization} carries this token: {@code Bearer <token>}, or HTTP Basic with the token
   * as the password (any user name), which is what a browser sends after asking for it.
   */
  public boolean matches(@Nullable String authorization) {
    if (authorization == null) {
      return false;
    }
    if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return sameAsToken(authorization.substring(7).strip());
    }
    if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String pair;
      try {
        pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return false;
      }
      int colon = pair.indexOf(':');
      return colon >= 0 && sameAsToken(pair.substring(colon + 1));
    }
    return false;
  }

  private boolean sameAsToken(String given) {
    return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "AccessToken[hidden]";
  }
}
