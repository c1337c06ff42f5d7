package org.diplograph.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Writes an {@link ActorNetwork} as Cytoscape.js JSON: {@code {"elements": {"nodes": [{"data":
 * {…}}], "edges": [{"data": {…}}]}}}, which Cytoscape.js and Cytoscape desktop (as .cyjs) read.
 * Node data: id, label, type, color, label_zh, label_en, iso3, qid, iri; edge data: id, source,
 * target, kind, directed, count, sources, first_date, last_date, dates, label. Stateless and
 * thread-safe; the caller owns {@code out}.
 */
public final class CytoscapeJsonWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CytoscapeJsonWriter() {}

  /**
   * Writes the network to {@code out} in UTF-8.
   *
   * @throws UncheckedIOException if writing fails
   */
  public static void write(ActorNetwork network, OutputStream out) {
    try {
      MAPPER.writerWithDefaultPrettyPrinter().writeValue(new NonClosing(out), toJson(network));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Cytoscape JSON network", e);
    }
  }

  /** The network as a JSON tree. */
  public static ObjectNode toJson(ActorNetwork network) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode elements = root.putObject("elements");
    ArrayNode nodes = elements.putArray("nodes");
    network.nodes().forEach(n -> nodes.addObject().set("data", nodeData(n)));
    ArrayNode edges = elements.putArray("edges");
    network.edges().forEach(r -> edges.addObject().set("data", edgeData(r)));
    return root;
  }

  private static ObjectNode nodeData(ActorNode n) {
    ObjectNode d = MAPPER.createObjectNode();
    d.put("id", n.key());
    d.put("label", n.label());
    d.put("type", n.type());
    d.put("color", ActorStyle.color(n.id().type()));
    put(d, "label_zh", n.labelZh());
    put(d, "label_en", n.labelEn());
    put(d, "iso3", n.iso3());
    put(d, "qid", n.qid());
    d.put("iri", n.iri());
    return d;
  }

  private static ObjectNode edgeData(Relation r) {
    ObjectNode d = MAPPER.createObjectNode();
    d.put("id", r.key());
    d.put("source", r.source().gold());
    d.put("target", r.target().gold());
    d.put("kind", r.kind());
    d.put("directed", r.directed());
    d.put("count", r.count());
    d.put("sources", r.sources());
    put(d, "first_date", r.firstDate());
    put(d, "last_date", r.lastDate());
    ArrayNode dates = d.putArray("dates");
    r.dates().forEach(dates::add);
    put(d, "label", r.label());
    return d;
  }

  private static void put(ObjectNode d, String key, Optional<String> value) {
    value.ifPresent(v -> d.put(key, v));
  }

  /** Keeps Jackson from closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
