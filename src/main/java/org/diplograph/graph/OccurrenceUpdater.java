package org.diplograph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.model.ActorId;
import org.diplograph.model.EventType;

/**
 * Brings the occurrence graph up to date after some documents were added or replaced, touching only
 * the groups of mentions (same type, same party key) those documents take part in, now or before:
 * their mentions are read again, their old occurrences removed and the merged ones written. Since
 * {@link OccurrenceMerger} clusters each group on its own, the result equals a full rebuild. Stateless;
 * callers hold a write transaction.
 */
final class OccurrenceUpdater {
  private static final Node GRAPH = NodeFactory.createURI(Iris.OCCURRENCE_GRAPH);
  private static final String OLD_OCCURRENCES = """
      PREFIX dg: <%s>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      SELECT ?o ?et ?party ?src ?tgt WHERE {
        VALUES ?d { %s }
        GRAPH <%s> {
          ?o prov:wasDerivedFrom ?d ; dg:eventType ?et ; dg:party ?party .
          OPTIONAL { ?o dg:source ?src } OPTIONAL { ?o dg:target ?tgt }
        }
      }""";
  private static final String OCCURRENCES_OF_MENTIONS = """
      PREFIX dg: <%s>
      SELECT DISTINCT ?o WHERE { VALUES ?m { %s } GRAPH <%s> { ?o dg:mention ?m } }""";

  private OccurrenceUpdater() {}

  /** Updates the occurrences of the groups the documents (IRIs) take part in; returns how many were written. */
  static int update(DatasetGraph dsg, Collection<String> documentIris) {
    if (documentIris.isEmpty()) {
      return 0;
    }
    Set<String> keys = new HashSet<>();
    Set<ActorId> parties = new LinkedHashSet<>();
    Set<Node> stale = new HashSet<>();
    for (EventMention m : EventMentionReader.readDocuments(dsg, documentIris)) {
      keys.add(OccurrenceMerger.groupKey(m));
      parties.addAll(m.partyKey());
    }
    readOldOccurrences(dsg, documentIris, keys, parties, stale);
    List<EventMention> mentions = EventMentionReader.readWithParties(dsg, parties).stream()
        .filter(m -> keys.contains(OccurrenceMerger.groupKey(m))).toList();
    stale.addAll(occurrencesOf(dsg, mentions));
    stale.forEach(o -> dsg.deleteAny(GRAPH, o, Node.ANY, Node.ANY));
    List<Occurrence> merged = OccurrenceMerger.merge(mentions);
    OccurrenceWriter.write(merged, StreamRDFLib.dataset(dsg));
    return merged.size();
  }

  /** The occurrences derived from the documents before this update: their groups and their nodes. */
  private static void readOldOccurrences(DatasetGraph dsg, Collection<String> documentIris, Set<String> keys,
      Set<ActorId> parties, Set<Node> stale) {
    String query = OLD_OCCURRENCES.formatted(DG.NS, iris(documentIris), Iris.OCCURRENCE_GRAPH);
    List<OldOccurrence> rows = new ArrayList<>();
    try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
      qe.execSelect().forEachRemaining(s -> rows.add(OldOccurrence.of(s)));
    }
    rows.stream().collect(Collectors.groupingBy(OldOccurrence::node)).forEach((node, group) -> {
      stale.add(node);
      oldKey(group).ifPresent(k -> {
        keys.add(OccurrenceMerger.groupKey(k.type(), k.partyKey()));
        parties.addAll(k.partyKey());
      });
    });
  }

  private static Optional<EventMention> oldKey(List<OldOccurrence> rows) {
    OldOccurrence first = rows.get(0);
    Optional<EventType> type = Iris.parseEventType(first.type());
    if (type.isEmpty()) {
      return Optional.empty();
    }
    List<ActorId> ends = type.get().directed()
        ? List.of(first.source(), first.target()).stream().flatMap(Optional::stream).toList()
        : rows.stream().flatMap(r -> r.party().stream()).distinct().toList();
    if (ends.isEmpty() || (type.get().directed() && ends.size() != 2)) {
      return Optional.empty();
    }
    return Optional.of(EventMention.of(first.node().getURI(), type.get(), ends, Optional.empty(), "", 0.0));
  }

  private static Set<Node> occurrencesOf(DatasetGraph dsg, List<EventMention> mentions) {
    Set<Node> nodes = new HashSet<>();
    if (mentions.isEmpty()) {
      return nodes;
    }
    String query = OCCURRENCES_OF_MENTIONS.formatted(DG.NS,
        iris(mentions.stream().map(EventMention::iri).toList()), Iris.OCCURRENCE_GRAPH);
    try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
      qe.execSelect().forEachRemaining(s -> nodes.add(s.getResource("o").asNode()));
    }
    return nodes;
  }

  private static String iris(Collection<String> iris) {
    return iris.stream().distinct().map(i -> "<" + i + ">").collect(Collectors.joining(" "));
  }

  /** One row about an occurrence derived from an updated document. */
  private record OldOccurrence(Node node, String type, Optional<ActorId> party, Optional<ActorId> source,
      Optional<ActorId> target) {
    static OldOccurrence of(QuerySolution s) {
      return new OldOccurrence(s.getResource("o").asNode(), s.getResource("et").getURI(), actor(s, "party"),
          actor(s, "src"), actor(s, "tgt"));
    }

    private static Optional<ActorId> actor(QuerySolution s, String var) {
      return Optional.ofNullable(s.getResource(var)).flatMap(r -> Iris.parseActor(r.getURI()));
    }
  }
}
