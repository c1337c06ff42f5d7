package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.diplograph.catalog.Catalog;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.Iris;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.Membership;
import org.diplograph.model.Script;
import org.diplograph.model.SourceDoc;
import org.diplograph.pipeline.OntologyGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's three example queries, against the service fixtures plus the ontology graph. */
class AnalystQueriesTest {
  @TempDir static Path dir;
  private static GraphStore store;

  @BeforeAll
  static void open() {
    store = ServiceFixtures.store(dir.resolve("store"));
    store.replaceGraph(Iris.ONTOLOGY_GRAPH, OntologyGraph.of(Catalog.loadDefault()));
    store.replaceDocument(quadMembers());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static DocumentExtraction quadMembers() {
    ActorId quad = ActorId.organization("QUAD");
    List<ActorId> members = List.of(ActorId.country("USA"), ActorId.country("JPN"), ActorId.country("IND"),
        ActorId.country("AUS"));
    SourceDoc doc = new SourceDoc("quad", "test/quad.txt", Optional.empty(), "", Optional.of(LocalDate.of(2023, 5, 20)),
        Optional.empty(), Script.SIMPLIFIED, List.of("美日印澳“四边安全对话”领导人峰会在广岛举行。"), "feed");
    List<Actor> actors = new ArrayList<>();
    actors.add(new Actor(quad, Set.of("四边安全对话"), Optional.empty(), Optional.empty(), 1.0));
    members.forEach(m -> actors.add(new Actor(m, Set.of(m.key()), Optional.empty(), Optional.empty(), 1.0)));
    return new DocumentExtraction(doc, actors, List.of(), List.of(),
        members.stream().map(m -> new Membership(m, quad)).toList(), "test");
  }

  private static List<String> run(String name, String... vars) {
    String text = ExampleQueries.load().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow().text();
    return store.read(dsg -> {
      List<String> rows = new ArrayList<>();
      try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(QueryFactory.create(text)).build()) {
        qe.execSelect().forEachRemaining(row -> {
          List<String> cells = new ArrayList<>();
          for (String v : vars) {
            cells.add(row.contains(v) ? row.get(v).toString() : "");
          }
          rows.add(String.join("|", cells));
        });
      }
      return rows;
    });
  }

  @Test
  void meetingsOf2023ListTheirPartiesByName() {
    List<String> rows = run("meetings-2023.rq", "parties");
    assertTrue(rows.stream().anyMatch(r -> r.contains("日本") && r.contains("美国")), rows.toString());
  }

  @Test
  void japansEventsCarryTypeAndEvidence() {
    List<String> rows = run("japan-events.rq", "type", "evidence");
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("MEET|") && r.contains("日美两国在东京举行磋商")), rows.toString());
  }

  @Test
  void quadMembersComeFromTheDocuments() {
    List<String> rows = run("quad-aukus-members.rq", "member");
    assertEquals(List.of("印度@zh", "日本@zh", "澳大利亚@zh", "美国@zh"),
        rows.stream().map(r -> r.replace("\"", "")).sorted().toList());
  }
}
