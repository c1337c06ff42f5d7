package org.diplograph.graph;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.OutputStream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** Executes a prepared query and writes its result in the requested format. */
public final class QueryResultWriter {
  private QueryResultWriter() {}

  /**
   * Writes the result of {@code qe}: SELECT and ASK in {@code format}, CONSTRUCT and DESCRIBE as
   * Turtle with the query's and {@link Namespaces}' prefixes.
   *
   * @throws IllegalArgumentException for a query form other than these four
   */
  public static void write(QueryExecution qe, ResultFormat format, OutputStream out) {
    Query query = qe.getQuery();
    if (query.isSelectType()) {
      select(qe.execSelect(), query, format, out);
    } else if (query.isAskType()) {
      ask(qe.execAsk(), format, out);
    } else if (query.isConstructType() || query.isDescribeType()) {
      Model model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
      model.setNsPrefixes(Namespaces.map());
      RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
    } else {
      checkArgument(false, "unsupported query form: %s", query.queryType());
    }
  }

  private static void select(ResultSet rs, Query query, ResultFormat format, OutputStream out) {
    switch (format) {
      case TABLE -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
      case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
      case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
      case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
    }
  }

  private static void ask(boolean answer, ResultFormat format, OutputStream out) {
    switch (format) {
      case TABLE -> ResultSetFormatter.out(out, answer);
      case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
      case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
      case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
    }
  }
}
