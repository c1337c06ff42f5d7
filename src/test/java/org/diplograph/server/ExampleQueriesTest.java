package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.diplograph.graph.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every query of queries/ parses and gives the expected rows on the fixture store. */
class ExampleQueriesTest {
  @TempDir static Path dir;
  private static GraphStore store;

  @BeforeAll
  static void open() {
    store = ServiceFixtures.store(dir.resolve("store"));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void everyQueryFileIsListedAndTitled() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("queries"))) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
      assertEquals(ExampleQueries.NAMES.stream().sorted().toList(), names);
    }
    ExampleQueries.load().forEach(q -> assertTrue(!q.title().endsWith(".rq"), q.name() + " has no # title: line"));
  }

  @Test
  void countryMeetingsOverTime() {
    List<String> rows = run("country-meetings-over-time.rq", "date", "partner");
    assertEquals(List.of("2023-03-11|country/USA", "2023-03-11|country/USA"), rows); // two documents
  }

  @Test
  void whoMetWhomMost() {
    List<String> rows = run("who-met-whom-most.rq", "a", "b", "meetings", "documents");
    assertEquals(List.of("country/JPN|country/USA|2|2", "country/PHL|country/USA|1|1"), rows);
  }

  @Test
  void partnershipUpgradesByLevel() {
    assertEquals(List.of("全面战略伙伴关系|1|2023-03|2023-03"), run("partnership-upgrades-by-level.rq", "level", "upgrades", "first", "last"));
  }

  @Test
  void coMembership() {
    List<String> rows = run("co-membership.rq", "a", "b", "shared", "organizations");
    assertEquals(6, rows.size(), rows.toString()); // the four Quad members, pairwise
    assertTrue(rows.contains("country/JPN|country/USA|1|QUAD"), rows.toString());
  }

  @Test
  void officialsAndPosts() {
    List<String> rows = run("officials-and-posts.rq", "name", "title", "postIn", "documents");
    assertEquals(List.of("岸田文雄|首相|country/JPN|1", "劳埃德·奥斯汀|国防部长|country/USA|1"), rows);
  }

  @Test
  void eventsCitingSeveralSources() {
    List<String> rows = run("events-citing-several-sources.rq", "type", "parties", "date", "sources", "mentions",
        "documents");
    assertEquals(List.of("MEET|country/JPN country/USA|2023-03-11|2|2|doc/000_meet "
        + "https://w3id.org/diplograph/id/doc/002_echo"), rows); // one occurrence, not one row per document
  }

  /** Runs a query file and renders the chosen columns of each row, IRIs after their "/id/". */
  private static List<String> run(String name, String... vars) {
    String text = ExampleQueries.load().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow().text();
    Query query = QueryFactory.create(text);
    return store.read(dsg -> {
      List<String> rows = new ArrayList<>();
      try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
        qe.execSelect().forEachRemaining(row -> rows.add(render(row, vars)));
      }
      return rows;
    });
  }

  private static String render(QuerySolution row, String... vars) {
    List<String> cells = new ArrayList<>();
    for (String v : vars) {
      var n = row.get(v);
      String s = n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
      cells.add(s.contains("/id/") ? s.substring(s.indexOf("/id/") + 4) : s);
    }
    return String.join("|", cells);
  }
}
