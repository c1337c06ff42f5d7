/** The resolve stage: actor mentions in sentences to canonical actors, against the catalog. */
@org.jspecify.annotations.NullMarked
package org.diplograph.resolve;
