/** Reading gold-format JSON and scoring extractions against gold annotations. */
@org.jspecify.annotations.NullMarked
package org.diplograph.eval;
