package org.diplograph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.diplograph.export.GoldJsonWriter;
import org.diplograph.graph.OccurrenceSummary;
import org.diplograph.graph.StoreSummary;
import org.diplograph.model.Diagnostic;
import org.diplograph.pipeline.BatchOptions;
import org.diplograph.pipeline.BatchResult;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.pipeline.IngestRequest;
import org.diplograph.pipeline.Ingestor;
import org.eclipse.jetty.util.MultiMap;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * {@code POST /api/ingest?name=FILE}: the body is one input file (a page, a feed, a PDF, text, up to the
 * size limit), read as if from a file called {@code name} (its stem names the document), extracted with
 * the server's loaded models and stored, each document in its own transaction. Optional parameters:
 * {@code force}, {@code batch} (a client's id for its files, so that repeated content across them is
 * skipped), {@code threads}, {@code doc-timeout} (seconds), {@code max-input-mb}, {@code gold} (include
 * each document's gold-format JSON). Answers 200 with a JSON report (counts, diagnostics, events by type,
 * the store's and the occurrences' counts), 400 for bad parameters, 413 for a body over the limit. Needs
 * the bearer token ({@link AccessGuard}). Thread-safe (the ingestor serialises inputs).
 */
final class IngestServlet extends HttpServlet {
  static final String PATH = "/api/ingest";
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final transient Ingestor ingestor;

  IngestServlet(Ingestor ingestor) {
    this.ingestor = ingestor;
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    // the parameters come from the query string only: the body is the file, whatever its declared type
    // (curl --data-binary sends it as a form, which the container would otherwise read as parameters)
    MultiMap<String> params = UrlEncoded.decodeQuery(Optional.ofNullable(req.getQueryString()).orElse(""));
    String name = Optional.ofNullable(params.getValue("name")).map(String::strip).orElse("");
    IngestRequest request;
    try {
      if (name.isEmpty()) {
        throw new IllegalArgumentException("name is required");
      }
      request = request(params);
    } catch (IllegalArgumentException e) {
      plain(resp, HttpServletResponse.SC_BAD_REQUEST, "bad parameter: " + e.getMessage());
      return;
    }
    long limit = request.options().maxInputBytes();
    byte[] body;
    try (InputStream in = req.getInputStream()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    }
    if (body.length > limit) {
      plain(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, name + ": over the limit of " + limit + " bytes");
      return;
    }
    boolean gold = Boolean.parseBoolean(params.getValue("gold"));
    ObjectNode golds = MAPPER.createObjectNode();
    GoldJsonWriter writer = new GoldJsonWriter();
    IngestReport report = ingestor.ingest(name, body, request, x -> {
      if (gold) {
        golds.put(x.doc().id(), writer.toJson(x));
      }
    });
    ObjectNode json = toJson(report);
    if (gold) {
      json.set("gold", golds);
    }
    resp.setContentType("application/json; charset=utf-8");
    resp.setHeader("Cache-Control", "no-store");
    MAPPER.writeValue(resp.getOutputStream(), json);
  }

  private static IngestRequest request(MultiMap<String> params) {
    BatchOptions options = BatchOptions.withThreads(intParam(params, "threads", 2));
    options = options.withDocumentTimeout(Duration.ofSeconds(intParam(params, "doc-timeout", 120)));
    options = options.withMaxInputBytes(intParam(params, "max-input-mb", 20) * 1024L * 1024L);
    Optional<String> batch = Optional.ofNullable(params.getValue("batch")).filter(b -> !b.isBlank());
    return new IngestRequest(options, Boolean.parseBoolean(params.getValue("force")), batch, false);
  }

  private static int intParam(MultiMap<String> params, String name, int fallback) {
    String v = params.getValue(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int i = Integer.parseInt(v.strip());
      if (i < 1) {
        throw new IllegalArgumentException(name + " must be at least 1");
      }
      return i;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a number: " + v);
    }
  }

  /** The report as JSON; {@link IngestResponse} reads it back. */
  static ObjectNode toJson(IngestReport report) {
    ObjectNode json = MAPPER.createObjectNode();
    BatchResult b = report.batch();
    json.put("inputs", b.inputs()).put("documents", b.documents()).put("duplicates", b.duplicates())
        .put("unchanged", b.unchanged()).put("elapsedMillis", b.elapsed().toMillis());
    ArrayNode diagnostics = json.putArray("diagnostics");
    for (Diagnostic d : b.diagnostics()) {
      diagnostics.addObject().put("source", d.source()).put("severity", d.severity().name()).put("message", d.message());
    }
    ObjectNode events = json.putObject("events");
    report.events().forEach((t, n) -> events.put(t.name(), n));
    ArrayNode stored = json.putArray("stored");
    report.stored().forEach(stored::add);
    StoreSummary s = report.store();
    ObjectNode store = json.putObject("store").put("quads", s.quads()).put("documents", s.documents());
    counts(store.putObject("actorsByType"), s.actorsByType());
    counts(store.putObject("eventsByType"), s.eventsByType());
    OccurrenceSummary o = report.occurrences();
    json.putObject("occurrences").put("occurrences", o.occurrences()).put("mentions", o.mentions())
        .put("documents", o.documents()).put("reportedBySeveral", o.reportedBySeveral());
    return json;
  }

  private static void counts(ObjectNode node, Map<? extends Enum<?>, Long> counts) {
    counts.forEach((k, v) -> node.put(k.name(), v));
  }

  private static void plain(HttpServletResponse resp, int status, String text) throws IOException {
    resp.setStatus(status);
    resp.setContentType("text/plain; charset=utf-8");
    resp.getOutputStream().write((text + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
