/** Writers that turn the graph (or extraction results) into files in standard formats. */
@org.jspecify.annotations.NullMarked
package org.diplograph.export;
