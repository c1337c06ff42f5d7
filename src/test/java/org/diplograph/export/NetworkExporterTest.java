package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplograph.graph.GraphStore;
import org.diplograph.server.ExternalTools;
import org.diplograph.server.ServiceFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The visualizer formats, read back by independent readers where they are installed. */
class NetworkExporterTest {
  /** Reads a GraphML or GEXF file with networkx and prints "nodes edges" and one MEET edge's count. */
  private static final String READ_BACK = String.join("\n",
      "import sys, networkx as nx",
      "g = nx.read_graphml(sys.argv[2]) if sys.argv[1] == 'graphml' else nx.read_gexf(sys.argv[2])",
      "meet = [d for u, v, d in g.edges(data=True) if d.get('kind') == 'MEET' and d.get('count') == 2]",
      "labels = sorted(str(d.get('label')) for n, d in g.nodes(data=True))",
      "print(g.number_of_nodes(), g.number_of_edges(), len(meet), meet[0].get('first_date') if meet else None)",
      "print(' '.join(labels))");

  @TempDir static Path dir;
  private static ActorNetwork network;

  @BeforeAll
  static void read() {
    try (GraphStore store = ServiceFixtures.store(dir.resolve("store"))) {
      network = ActorNetworkReader.read(store, NetworkFilter.all());
    }
  }

  @Test
  void cytoscapeJsonHasElements() throws IOException {
    JsonNode root = new ObjectMapper().readTree(bytes(NetworkFormat.CYTOSCAPE));
    assertEquals(4, root.path("elements").path("nodes").size());
    JsonNode edge = root.path("elements").path("edges").get(0).path("data");
    assertEquals("MEET:JPN->USA", edge.path("id").asText());
    assertEquals("JPN", edge.path("source").asText());
    assertEquals(2, edge.path("count").asInt());
    assertEquals("2023-03-11", edge.path("first_date").asText());
  }

  @Test
  void dotIsWrittenAndRendersWhenGraphvizIsThere() throws IOException {
    String dot = new String(bytes(NetworkFormat.DOT), StandardCharsets.UTF_8);
    assertTrue(dot.startsWith("digraph"), dot);
    assertTrue(dot.contains("MEET ×2"), dot);
    assumeTrue(GraphvizRenderer.findDot().isPresent(), "Graphviz dot not installed");
    ByteArrayOutputStream svg = new ByteArrayOutputStream();
    GraphvizRenderer.render(network, NetworkFormat.SVG, svg);
    assertTrue(svg.toString(StandardCharsets.UTF_8).contains("<svg"));
  }

  @Test
  void graphmlReadBackByNetworkx() throws IOException {
    assertReadBack(NetworkFormat.GRAPHML);
  }

  @Test
  void gexfReadBackByNetworkx() throws IOException {
    assertReadBack(NetworkFormat.GEXF);
  }

  @Test
  void gexfCarriesEventDatesAsSpellsForGephisTimeline() throws IOException {
    String gexf = new String(bytes(NetworkFormat.GEXF), StandardCharsets.UTF_8);
    assertTrue(gexf.contains("mode=\"dynamic\"") && gexf.contains("timeformat=\"date\""), gexf);
    assertTrue(gexf.contains("<spell end=\"2023-03-11\" start=\"2023-03-11\"/>")
        || gexf.contains("<spell start=\"2023-03-11\" end=\"2023-03-11\"/>"), gexf);
    Path file = dir.resolve("timeline.gexf");
    Files.writeString(file, gexf, StandardCharsets.UTF_8);
    Optional<String> python = ExternalTools.python("networkx");
    assumeTrue(python.isPresent(), "python3 with networkx not installed");
    Path script = dir.resolve("spells.py");
    Files.writeString(script, String.join("\n", "import sys, networkx as nx",
        "g = nx.read_gexf(sys.argv[1])",
        "print(g.graph.get('mode'), sorted(s for u, v, d in g.edges(data=True) for s in d.get('spells', [])))"),
        StandardCharsets.UTF_8);
    ExternalTools.Run run = ExternalTools.run(List.of(python.get(), script.toString(), file.toString()), 60);
    assertEquals(0, run.exit(), run.out());
    assertTrue(run.out().startsWith("dynamic") && run.out().contains("('2023-03-11', '2023-03-11')"), run.out());
  }

  private static void assertReadBack(NetworkFormat format) throws IOException {
    Path file = dir.resolve("net." + format.extension());
    try (OutputStream out = Files.newOutputStream(file)) {
      NetworkExporter.write(network, format, out);
    }
    Optional<String> python = ExternalTools.python("networkx");
    assumeTrue(python.isPresent(), "python3 with networkx not installed");
    Path script = dir.resolve("read.py");
    Files.writeString(script, READ_BACK, StandardCharsets.UTF_8);
    ExternalTools.Run run = ExternalTools.run(List.of(python.get(), script.toString(),
        format.name().toLowerCase(java.util.Locale.ROOT), file.toString()), 60);
    assertEquals(0, run.exit(), run.out());
    List<String> lines = run.out().lines().toList();
    assertEquals("4 4 1 2023-03-11", lines.get(0), run.out());
    assertEquals(Set.of("JPN", "USA", "VNM", "PHL"), Set.of(lines.get(1).split(" ")), run.out()); // no catalog labels here
  }

  private static byte[] bytes(NetworkFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NetworkExporter.write(network, format, out);
    return out.toByteArray();
  }
}
