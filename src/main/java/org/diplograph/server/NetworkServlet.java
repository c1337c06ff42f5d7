package org.diplograph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.diplograph.export.ActorNetwork;
import org.diplograph.export.ActorNetworkReader;
import org.diplograph.export.CytoscapeJsonWriter;
import org.diplograph.export.NetworkFilter;
import org.diplograph.graph.GraphStore;
import org.diplograph.model.ActorId;
import org.diplograph.model.EventType;

/**
 * {@code GET /api/network?from=&to=&types=MEET,VISIT&actor=JPN}: the actor network as Cytoscape.js
 * JSON, plus {@code eventTypes}, the names of all event types. Bad parameters give 400 with a plain
 * text reason; each of its queries runs under the server's query timeout, and one that passes it gives
 * 503 with a plain text reason. Thread-safe: each request reads the store in its own read transaction.
 */
final class NetworkServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final transient GraphStore store;
  private final Duration timeout;

  NetworkServlet(GraphStore store, Duration timeout) {
    this.store = store;
    this.timeout = timeout;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    NetworkFilter filter;
    try {
      filter = filter(req);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      resp.setContentType("text/plain; charset=utf-8");
      resp.getOutputStream().write(("bad parameter: " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
      return;
    }
    ActorNetwork network;
    try {
      network = store.read(dsg -> ActorNetworkReader.read(withTimeout(dsg, timeout), filter));
    } catch (QueryCancelledException e) {
      resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      resp.setContentType("text/plain; charset=utf-8");
      resp.getOutputStream().write(("the network query took longer than the server's timeout of "
          + timeout.toMillis() + " ms; narrow the filter (dates, types, actor)\n").getBytes(StandardCharsets.UTF_8));
      return;
    }
    ObjectNode json = CytoscapeJsonWriter.toJson(network);
    ArrayNode types = json.putArray("eventTypes");
    for (EventType t : EventType.values()) {
      types.add(t.name());
    }
    resp.setContentType("application/json; charset=utf-8");
    resp.setHeader("Cache-Control", "no-store");
    MAPPER.writeValue(resp.getOutputStream(), json);
  }

  /** {@code dsg} seen through a context that gives every query run on it {@code timeout} (ARQ's own timeout). */
  static DatasetGraph withTimeout(DatasetGraph dsg, Duration timeout) {
    Context context = dsg.getContext() == null ? new Context() : dsg.getContext().copy();
    context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
    return new DatasetGraphWrapper(dsg, context);
  }

  static NetworkFilter filter(HttpServletRequest req) {
    Optional<LocalDate> from = param(req, "from").map(LocalDate::parse);
    Optional<LocalDate> to = param(req, "to").map(LocalDate::parse);
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    param(req, "types").ifPresent(s -> {
      for (String t : s.split(",")) {
        if (!t.isBlank()) {
          types.add(EventType.valueOf(t.trim().toUpperCase(Locale.ROOT)));
        }
      }
    });
    Optional<ActorId> actor = param(req, "actor").map(ActorId::parseGold);
    return new NetworkFilter(from, to, types, actor, false, false);
  }

  private static Optional<String> param(HttpServletRequest req, String name) {
    return Optional.ofNullable(req.getParameter(name)).map(String::trim).filter(s -> !s.isEmpty());
  }
}
