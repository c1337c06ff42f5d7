package org.diplograph.pipeline;

/**
 * The one engine with the real CoreNLP models of the integration-test JVM (failsafe runs every IT in one
 * reused fork): loaded by the first IT that asks, shared by the others, so CI loads the models once.
 */
public final class SharedEngine {
  private static Engine engine;

  private SharedEngine() {}

  /** The engine, loaded on the first call. */
  public static synchronized Engine get() {
    if (engine == null) {
      engine = Engine.load();
    }
    return engine;
  }
}
