package org.diplograph.spark;

/** A Spark extraction that cannot start as asked: an input that does not exist, an output already there. */
public final class SparkJobException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SparkJobException(String message) {
    super(message);
  }

  public SparkJobException(String message, Throwable cause) {
    super(message, cause);
  }
}
