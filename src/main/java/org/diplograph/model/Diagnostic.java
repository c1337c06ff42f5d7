package org.diplograph.model;

import java.util.Objects;

/**
 * A problem with one input that did not stop the batch.
 *
 * @param source the file (or feed item) it concerns
 * @param severity how bad it is
 * @param message what is wrong, for a person to read
 */
public record Diagnostic(String source, Severity severity, String message) {
  public enum Severity {
    WARNING,
    ERROR
  }

  public Diagnostic {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic error(String source, String message) {
    return new Diagnostic(source, Severity.ERROR, message);
  }

  public static Diagnostic warning(String source, String message) {
    return new Diagnostic(source, Severity.WARNING, message);
  }

  @Override
  public String toString() {
    return source + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
  }
}
