package org.diplograph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
 * text reason. Thread-safe: each request reads the store in its own read transaction.
 */
final class NetworkServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final transient GraphStore store;

  NetworkServlet(GraphStore store) {
    this.store = store;
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
    ActorNetwork network = ActorNetworkReader.read(store, filter);
    ObjectNode json = CytoscapeJsonWriter.toJson(network);
    ArrayNode types = json.putArray("eventTypes");
    for (EventType t : EventType.values()) {
      types.add(t.name());
    }
    resp.setContentType("application/json; charset=utf-8");
    resp.setHeader("Cache-Control", "no-store");
    MAPPER.writeValue(resp.getOutputStream(), json);
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
