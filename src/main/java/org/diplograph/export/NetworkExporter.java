package org.diplograph.export;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.diplograph.model.ActorId;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes an {@link ActorNetwork} as GraphML, GEXF or DOT (through JGraphT's exporters) or as
 * Cytoscape.js JSON (through {@link CytoscapeJsonWriter}), in UTF-8. Node attributes: label, type,
 * label_zh, label_en, iso3, qid, iri; edge attributes: kind, directed, count (also the edge weight),
 * first_date, last_date, dates (";"-separated), sources, label. In GEXF each edge also gets one
 * spell per event date for Gephi's timeline ({@link GexfTimeline}), since JGraphT's GEXF exporter
 * cannot write spells. Stateless and thread-safe; the caller owns {@code
 * out}.
 */
public final class NetworkExporter {
  private static final String[] NODE_KEYS = {"label", "type", "label_zh", "label_en", "iso3", "qid", "iri"};
  private static final String[] EDGE_TEXT_KEYS = {"kind", "first_date", "last_date", "dates", "label"};

  private NetworkExporter() {}

  /**
   * Writes {@code network} in {@code format}.
   *
   * @throws IllegalArgumentException for the image formats, which {@link GraphvizRenderer} makes
   * @throws UncheckedIOException if writing fails
   */
  public static void write(ActorNetwork network, NetworkFormat format, OutputStream out) {
    checkArgument(!format.isImage(), "%s is rendered by Graphviz, not written", format);
    if (format == NetworkFormat.CYTOSCAPE) {
      CytoscapeJsonWriter.write(network, out);
      return;
    }
    Graph<ActorNode, Relation> graph = toGraph(network);
    if (format == NetworkFormat.GEXF) {
      ByteArrayOutputStream staticGexf = new ByteArrayOutputStream();
      Writer g = new OutputStreamWriter(staticGexf, StandardCharsets.UTF_8);
      gexf().exportGraph(graph, g);
      GexfTimeline.addSpells(staticGexf.toByteArray(), network.edges(), out);
      return;
    }
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    switch (format) {
      case GRAPHML -> graphml().exportGraph(graph, w);
      case DOT -> dot(network).exportGraph(graph, w);
      default -> throw new IllegalStateException("unreachable: " + format);
    }
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the " + format + " network", e);
    }
  }

  /** The network as a JGraphT graph: directed, parallel edges allowed, edge weight = event count. */
  public static Graph<ActorNode, Relation> toGraph(ActorNetwork network) {
    Graph<ActorNode, Relation> g = new DirectedWeightedPseudograph<>(Relation.class);
    Map<ActorId, ActorNode> byId = network.nodesById();
    network.nodes().forEach(g::addVertex);
    for (Relation r : network.edges()) {
      g.addEdge(byId.get(r.source()), byId.get(r.target()), r);
      g.setEdgeWeight(r, r.count());
    }
    return g;
  }

  private static GraphMLExporter<ActorNode, Relation> graphml() {
    GraphMLExporter<ActorNode, Relation> ex = new GraphMLExporter<>(ActorNode::key);
    ex.setEdgeIdProvider(Relation::key);
    // attributes are keyed by name, so the label shared by nodes and edges is registered once
    ex.registerAttribute("label", GraphMLExporter.AttributeCategory.ALL, AttributeType.STRING);
    for (String k : NODE_KEYS) {
      if (!k.equals("label")) {
        ex.registerAttribute(k, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
      }
    }
    for (String k : EDGE_TEXT_KEYS) {
      if (!k.equals("label")) {
        ex.registerAttribute(k, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
      }
    }
    ex.registerAttribute("directed", GraphMLExporter.AttributeCategory.EDGE, AttributeType.BOOLEAN);
    ex.registerAttribute("count", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
    ex.registerAttribute("sources", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
    ex.setExportEdgeWeights(true);
    ex.setVertexAttributeProvider(NetworkExporter::nodeAttributes);
    ex.setEdgeAttributeProvider(NetworkExporter::edgeAttributes);
    return ex;
  }

  private static GEXFExporter<ActorNode, Relation> gexf() {
    GEXFExporter<ActorNode, Relation> ex = new GEXFExporter<>(ActorNode::key, Relation::key);
    for (String k : NODE_KEYS) {
      if (!k.equals("label")) { // GEXF's own node label
        ex.registerAttribute(k, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
      }
    }
    for (String k : EDGE_TEXT_KEYS) {
      if (!k.equals("label")) {
        ex.registerAttribute(k, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
      }
    }
    ex.registerAttribute("directed", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.BOOLEAN);
    ex.registerAttribute("count", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
    ex.registerAttribute("sources", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
    ex.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
    ex.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
    ex.setCreator("diplograph");
    ex.setDescription("Actor network of Chinese diplomatic news");
    ex.setVertexAttributeProvider(NetworkExporter::nodeAttributes);
    ex.setEdgeAttributeProvider(NetworkExporter::edgeAttributes);
    return ex;
  }

  private static DOTExporter<ActorNode, Relation> dot(ActorNetwork network) {
    Map<ActorNode, String> ids = new HashMap<>();
    network.nodes().forEach(n -> ids.put(n, "n" + ids.size()));
    DOTExporter<ActorNode, Relation> ex = new DOTExporter<>(ids::get);
    ex.setGraphAttributeProvider(() -> Map.of("overlap", DefaultAttribute.createAttribute("false")));
    ex.setVertexAttributeProvider(n -> Map.of(
        "label", DefaultAttribute.createAttribute(n.label()),
        "style", DefaultAttribute.createAttribute("filled"),
        "fillcolor", DefaultAttribute.createAttribute(ActorStyle.color(n.id().type())),
        "fontcolor", DefaultAttribute.createAttribute("white")));
    ex.setEdgeAttributeProvider(r -> Map.of(
        "label", DefaultAttribute.createAttribute(r.kind() + " ×" + r.count()),
        "penwidth", DefaultAttribute.createAttribute(String.format(Locale.ROOT, "%.1f", penWidth(r.count()))),
        "dir", DefaultAttribute.createAttribute(r.directed() ? "forward" : "none")));
    return ex;
  }

  private static double penWidth(int count) {
    return Math.min(8.0, 1.0 + Math.log(count) * 1.5);
  }

  static Map<String, Attribute> nodeAttributes(ActorNode n) {
    Map<String, Attribute> m = new LinkedHashMap<>();
    m.put("label", DefaultAttribute.createAttribute(n.label()));
    m.put("type", DefaultAttribute.createAttribute(n.type()));
    put(m, "label_zh", n.labelZh());
    put(m, "label_en", n.labelEn());
    put(m, "iso3", n.iso3());
    put(m, "qid", n.qid());
    m.put("iri", DefaultAttribute.createAttribute(n.iri()));
    return m;
  }

  static Map<String, Attribute> edgeAttributes(Relation r) {
    Map<String, Attribute> m = new LinkedHashMap<>();
    m.put("kind", DefaultAttribute.createAttribute(r.kind()));
    m.put("directed", DefaultAttribute.createAttribute(r.directed()));
    m.put("count", DefaultAttribute.createAttribute(r.count()));
    m.put("sources", DefaultAttribute.createAttribute(r.sources()));
    put(m, "first_date", r.firstDate());
    put(m, "last_date", r.lastDate());
    if (!r.dates().isEmpty()) {
      m.put("dates", DefaultAttribute.createAttribute(String.join(";", r.dates())));
    }
    m.put("label", DefaultAttribute.createAttribute(r.label().map(l -> r.kind() + " " + l).orElse(r.kind())));
    return m;
  }

  private static void put(Map<String, Attribute> m, String key, Optional<String> value) {
    value.ifPresent(v -> m.put(key, DefaultAttribute.createAttribute(v)));
  }
}
