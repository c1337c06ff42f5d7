package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplograph.graph.GraphStore;
import org.diplograph.model.ActorId;
import org.diplograph.model.EventType;
import org.diplograph.server.ServiceFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorNetworkReaderTest {
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
  void aggregatesEventsPerTypeAndPair() {
    ActorNetwork net = ActorNetworkReader.read(store, NetworkFilter.all());
    assertEquals(List.of("MEET:JPN->USA", "MEET:PHL->USA", "UPGRADE_PARTNERSHIP:USA->VNM", "VISIT:JPN->USA"),
        net.edges().stream().map(Relation::key).toList());
    Relation meet = net.edges().get(0);
    assertEquals(2, meet.count());
    assertEquals(2, meet.sources());
    assertEquals(List.of("2023-03-11"), meet.dates());
    assertFalse(meet.directed());
    assertTrue(net.edges().get(3).directed());
    assertEquals(List.of("JPN", "PHL", "USA", "VNM"), net.nodes().stream().map(ActorNode::key).toList());
  }

  @Test
  void filtersByTypeDateAndActor() {
    NetworkFilter visits = new NetworkFilter(Optional.empty(), Optional.empty(), Set.of(EventType.VISIT),
        Optional.empty(), false, false);
    assertEquals(List.of("VISIT:JPN->USA"), keys(visits));
    NetworkFilter april = new NetworkFilter(Optional.of(LocalDate.of(2023, 4, 1)), Optional.empty(), Set.of(),
        Optional.empty(), false, false);
    assertEquals(List.of("MEET:PHL->USA"), keys(april)); // only the year-dated 2023 meeting overlaps
    NetworkFilter phl = new NetworkFilter(Optional.empty(), Optional.empty(), Set.of(),
        Optional.of(ActorId.country("PHL")), false, false);
    ActorNetwork around = ActorNetworkReader.read(store, phl);
    assertEquals(List.of("MEET:PHL->USA"), around.edges().stream().map(Relation::key).toList());
    assertEquals(List.of("PHL", "USA"), around.nodes().stream().map(ActorNode::key).toList());
  }

  @Test
  void addsMembershipAndPostEdgesOnRequest() {
    NetworkFilter all = new NetworkFilter(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), true, true);
    List<String> keys = keys(all);
    assertTrue(keys.contains("MEMBER_OF:AUS->org:QUAD"), keys.toString());
    assertTrue(keys.contains("HOLDS_POST:per:岸田文雄->JPN"), keys.toString());
    assertEquals(4 + 4 + 2, keys.size(), keys.toString());
  }

  private static List<String> keys(NetworkFilter filter) {
    return ActorNetworkReader.read(store, filter).edges().stream().map(Relation::key).toList();
  }
}
