package org.diplograph.server;

import static com.google.common.base.Preconditions.checkArgument;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's dataset query service with a cap on result rows: a query without LIMIT, or with a larger
 * one, runs with {@code LIMIT maxRows}. Thread-safe (Fuseki shares one instance between requests).
 */
final class CappedQuery extends SPARQL_QueryDataset {
  private final long maxRows;

  CappedQuery(long maxRows) {
    checkArgument(maxRows > 0, "maxRows %s", maxRows);
    this.maxRows = maxRows;
  }

  @Override
  protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
    Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
    return Pair.create(decided.getLeft(), capped(decided.getRight(), maxRows));
  }

  /** The query itself when within the cap (or an ASK), else a copy limited to {@code maxRows}. */
  static Query capped(Query query, long maxRows) {
    if (query.isAskType() || (query.hasLimit() && query.getLimit() <= maxRows)) {
      return query;
    }
    Query copy = query.cloneQuery();
    copy.setLimit(maxRows);
    return copy;
  }
}
