package org.diplograph.cli;

/** The exit codes of every command. */
final class ExitCodes {
  static final int OK = 0;
  static final int FAILURE = 1;
  static final int USAGE = 2;
  /** Some inputs failed, the others were processed. */
  static final int PARTIAL = 3;

  private ExitCodes() {}
}
