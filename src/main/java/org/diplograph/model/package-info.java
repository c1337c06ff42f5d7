/** Immutable values passed between the pipeline stages; no third-party types. */
@org.jspecify.annotations.NullMarked
package org.diplograph.model;
