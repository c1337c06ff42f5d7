/** Reading input files (seed format, HTML, PDF-extracted text, plain text) into clean {@code SourceDoc} records. */
@org.jspecify.annotations.NullMarked
package org.diplograph.ingest;
