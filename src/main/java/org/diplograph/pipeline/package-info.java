/** Wires the stages: reading inputs, the shared NLP pipeline, threads, and the diagnostics policy. */
@org.jspecify.annotations.NullMarked
package org.diplograph.pipeline;
