package org.diplograph.spark;

import java.io.Serializable;
import org.diplograph.pipeline.DocumentProcessor;
import org.diplograph.pipeline.Engine;

/**
 * Where an executor gets its document processor, shipped with the tasks. The default is the JVM's one
 * {@link Engine#shared() shared engine}: the models load once per executor JVM, on its first task, and
 * every later task of that JVM reuses them.
 */
@FunctionalInterface
public interface ProcessorSource extends Serializable {
  /** The processor of this JVM; thread-safe, shared by the tasks. */
  DocumentProcessor processor();

  /** The JVM's shared engine, loaded on first use. */
  static ProcessorSource sharedEngine() {
    return () -> Engine.shared().processor();
  }
}
