package org.diplograph.graph;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.diplograph.model.DocumentExtraction;

/**
 * One document's named graph as N-Quads text (UTF-8 characters, one quad a line, each line ending in a
 * newline), the form in which distributed runs hand their results to {@code load}. The quads are those of
 * {@link TripleWriter}, which writes no blank nodes, so texts of several documents can be concatenated into
 * one file. Stateless, thread-safe.
 */
public final class NQuadsText {
  private NQuadsText() {}

  /** The quads of the extraction's named graph, as N-Quads. */
  public static String of(DocumentExtraction extraction) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StreamRDF out = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS_UTF8);
    out.start();
    TripleWriter.write(extraction, out);
    out.finish();
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
