package org.diplograph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.model.ActorId;
import org.diplograph.model.EventType;
import org.diplograph.model.PartialDate;

/**
 * Reads the documents' events of a dataset as {@link EventMention}s, by SPARQL over the documents'
 * named graphs (the graph of each event is its document). Events whose type or parties are not
 * diplograph IRIs are left out. Stateless and thread-safe; callers hold a transaction.
 */
final class EventMentionReader {
  private static final String EVENTS = """
      PREFIX dg: <%s>
      SELECT ?e ?g ?et ?date ?conf ?party ?src ?tgt WHERE {
        %s
        GRAPH ?g {
          %s
          ?e a dg:Event ; dg:eventType ?et ; dg:party ?party .
          OPTIONAL { ?e dg:date ?date }
          OPTIONAL { ?e dg:confidence ?conf }
          OPTIONAL { ?e dg:source ?src }
          OPTIONAL { ?e dg:target ?tgt }
        }
        FILTER(?g != <%s> && ?g != <%s>)
      }""";

  private EventMentionReader() {}

  /** The events of every document graph of {@code dsg}, in no particular order. */
  static List<EventMention> read(DatasetGraph dsg) {
    return select(dsg, EVENTS.formatted(DG.NS, "", "", Iris.ONTOLOGY_GRAPH, Iris.OCCURRENCE_GRAPH));
  }

  /** The events of the given document graphs (IRIs), in no particular order. */
  static List<EventMention> readDocuments(DatasetGraph dsg, Collection<String> documentIris) {
    if (documentIris.isEmpty()) {
      return List.of();
    }
    String values = "VALUES ?g { " + iris(documentIris) + " }";
    return select(dsg, EVENTS.formatted(DG.NS, values, "", Iris.ONTOLOGY_GRAPH, Iris.OCCURRENCE_GRAPH));
  }

  /** The events of every document graph that have one of the given parties, in no particular order. */
  static List<EventMention> readWithParties(DatasetGraph dsg, Collection<ActorId> parties) {
    if (parties.isEmpty()) {
      return List.of();
    }
    List<String> actorIris = parties.stream().map(Iris::actor).toList();
    String values = "VALUES ?anyParty { " + iris(actorIris) + " }";
    return select(dsg, EVENTS.formatted(DG.NS, values, "?e dg:party ?anyParty .", Iris.ONTOLOGY_GRAPH,
        Iris.OCCURRENCE_GRAPH));
  }

  private static String iris(Collection<String> iris) {
    return iris.stream().map(i -> "<" + i + ">").collect(Collectors.joining(" "));
  }

  private static List<EventMention> select(DatasetGraph dsg, String query) {
    Map<String, Row> rows = new LinkedHashMap<>();
    try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
      qe.execSelect().forEachRemaining(s -> add(rows, s));
    }
    List<EventMention> mentions = new ArrayList<>();
    rows.values().forEach(r -> r.toMention().ifPresent(mentions::add));
    return mentions;
  }

  private static void add(Map<String, Row> rows, QuerySolution s) {
    String key = s.getResource("g").getURI() + " " + s.getResource("e").getURI();
    Row row = rows.computeIfAbsent(key, k -> new Row(s));
    actor(s.get("party")).ifPresent(row.parties::add);
    actor(s.get("src")).ifPresent(a -> row.source = Optional.of(a));
    actor(s.get("tgt")).ifPresent(a -> row.target = Optional.of(a));
  }

  private static Optional<ActorId> actor(RDFNode node) {
    return node != null && node.isURIResource() ? Iris.parseActor(node.asResource().getURI()) : Optional.empty();
  }

  /** The bindings of one event, gathered over its rows. */
  private static final class Row {
    final String iri;
    final String document;
    final Optional<EventType> type;
    final Optional<PartialDate> date;
    final double confidence;
    final Set<ActorId> parties = new LinkedHashSet<>();
    Optional<ActorId> source = Optional.empty();
    Optional<ActorId> target = Optional.empty();

    Row(QuerySolution s) {
      iri = s.getResource("e").getURI();
      document = s.getResource("g").getURI();
      type = Iris.parseEventType(s.getResource("et").getURI());
      date = Optional.ofNullable(s.getLiteral("date")).flatMap(l -> PartialDate.parse(l.getLexicalForm()));
      double c = Optional.ofNullable(s.getLiteral("conf")).map(l -> l.getDouble()).orElse(0.0);
      confidence = Math.min(1.0, Math.max(0.0, c));
    }

    Optional<EventMention> toMention() {
      if (type.isEmpty() || parties.isEmpty()) {
        return Optional.empty();
      }
      if (!type.get().directed()) {
        return Optional.of(EventMention.of(iri, type.get(), List.copyOf(parties), date, document, confidence));
      }
      if (source.isEmpty() || target.isEmpty()) {
        return Optional.empty(); // a directed event without its ends cannot be compared
      }
      return Optional.of(
          EventMention.of(iri, type.get(), List.of(source.get(), target.get()), date, document, confidence));
    }
  }
}
