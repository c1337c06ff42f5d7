package org.diplograph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.graph.DG;
import org.diplograph.graph.GraphStore;
import org.diplograph.graph.Iris;
import org.diplograph.graph.Namespaces;
import org.diplograph.model.ActorId;
import org.diplograph.model.EventType;
import org.diplograph.model.PartialDate;

/**
 * Builds the {@link ActorNetwork} of a store by SPARQL: one edge per event type and pair of parties
 * (source → target for directed types, every pair of parties for the others), with the number of
 * events, their dates and the number of documents citing them; optionally one edge per extracted
 * membership (member → organization) and post (person → country). Nodes are the ends of the kept
 * edges (and the filter's actor), labelled from the store's catalog. Stateless and thread-safe.
 */
public final class ActorNetworkReader {
  private static final String PROLOGUE = prologue();
  private static final String EVENTS = PROLOGUE + """
      SELECT ?e ?et ?date ?doc ?party ?src ?tgt WHERE {
        ?e a dg:Event ; dg:eventType ?et ; dg:party ?party .
        OPTIONAL { ?e dg:date ?date }
        OPTIONAL { ?e prov:wasDerivedFrom ?doc }
        OPTIONAL { ?e dg:source ?src ; dg:target ?tgt }
      }""";
  private static final String MEMBERSHIPS = PROLOGUE + """
      SELECT ?from ?to ?g (\"\" AS ?label) WHERE {
        GRAPH ?g { ?m a org:Membership ; org:member ?from ; org:organization ?to }
      }""";
  private static final String POSTS = PROLOGUE + """
      SELECT ?from ?to ?g ?label WHERE {
        GRAPH ?g { ?p a org:Post ; org:heldBy ?from ; org:postIn ?to . OPTIONAL { ?p skos:prefLabel ?label } }
      }""";
  private static final String LABELS = PROLOGUE + """
      SELECT ?a ?p ?o WHERE {
        VALUES ?type { dg:Country dg:Organization dg:Person dg:GovernmentBody }
        VALUES ?p { skos:prefLabel dg:iso3 skos:exactMatch }
        ?a a ?type ; ?p ?o .
      }""";

  private ActorNetworkReader() {}

  /** Reads the network of {@code store} that {@code filter} selects, in one read transaction. */
  public static ActorNetwork read(GraphStore store, NetworkFilter filter) {
    return store.read(dsg -> read(dsg, filter));
  }

  /** Reads the network of a dataset; the caller holds a read transaction if it is transactional. */
  public static ActorNetwork read(DatasetGraph dsg, NetworkFilter filter) {
    EdgeTally tally = new EdgeTally(filter);
    events(dsg).values().forEach(tally::addEvent);
    if (filter.withMemberships()) {
      select(dsg, MEMBERSHIPS, row -> tally.addLink(row, Relation.MEMBER_OF));
    }
    if (filter.withPosts()) {
      select(dsg, POSTS, row -> tally.addLink(row, Relation.HOLDS_POST));
    }
    List<Relation> edges = tally.relations();
    Set<ActorId> ids = new TreeSet<>();
    filter.actor().ifPresent(ids::add);
    edges.forEach(r -> {
      ids.add(r.source());
      ids.add(r.target());
    });
    return new ActorNetwork(nodes(dsg, ids), edges);
  }

  private static Map<String, EventRow> events(DatasetGraph dsg) {
    Map<String, EventRow> events = new LinkedHashMap<>();
    select(dsg, EVENTS, row -> {
      Optional<EventType> type = Iris.parseEventType(row.getResource("et").getURI());
      Optional<ActorId> party = actor(row.get("party"));
      if (type.isEmpty() || party.isEmpty()) {
        return;
      }
      EventRow e = events.computeIfAbsent(row.getResource("e").getURI(), k -> new EventRow(type.get(),
          literal(row, "date").flatMap(PartialDate::parse), Optional.ofNullable(row.get("doc")).map(RDFNode::toString)));
      e.parties.add(party.get());
      actor(row.get("src")).ifPresent(s -> e.source = Optional.of(s));
      actor(row.get("tgt")).ifPresent(t -> e.target = Optional.of(t));
    });
    return events;
  }

  private static List<ActorNode> nodes(DatasetGraph dsg, Set<ActorId> ids) {
    Map<ActorId, NodeFacts> facts = new HashMap<>();
    select(dsg, LABELS, row -> actor(row.get("a")).filter(ids::contains)
        .ifPresent(id -> facts.computeIfAbsent(id, k -> new NodeFacts()).add(row.getResource("p").getURI(), row.get("o"))));
    List<ActorNode> nodes = new ArrayList<>();
    for (ActorId id : ids) {
      nodes.add(facts.getOrDefault(id, new NodeFacts()).toNode(id));
    }
    return nodes;
  }

  private static void select(DatasetGraph dsg, String sparql, Consumer<QuerySolution> each) {
    try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(sparql).build()) {
      ResultSet rs = qe.execSelect();
      rs.forEachRemaining(each);
    }
  }

  static Optional<ActorId> actor(RDFNode node) {
    return node != null && node.isURIResource() ? Iris.parseActor(node.asResource().getURI()) : Optional.empty();
  }

  static Optional<String> literal(QuerySolution row, String var) {
    RDFNode n = row.get(var);
    return n != null && n.isLiteral() ? Optional.of(n.asLiteral().getLexicalForm()) : Optional.empty();
  }

  private static String prologue() {
    StringBuilder sb = new StringBuilder();
    Namespaces.map().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
    return sb.toString();
  }

  /** One event as read: its type, date, document and parties. */
  private static final class EventRow {
    final EventType type;
    final Optional<PartialDate> date;
    final Optional<String> doc;
    final Set<ActorId> parties = new LinkedHashSet<>();
    Optional<ActorId> source = Optional.empty();
    Optional<ActorId> target = Optional.empty();

    EventRow(EventType type, Optional<PartialDate> date, Optional<String> doc) {
      this.type = type;
      this.date = date;
      this.doc = doc;
    }
  }

  /** Adds up events and links into relations, keyed by kind and ends. */
  private static final class EdgeTally {
    private final NetworkFilter filter;
    private final Map<String, Acc> edges = new TreeMap<>();

    EdgeTally(NetworkFilter filter) {
      this.filter = filter;
    }

    void addEvent(EventRow e) {
      if (!filter.accepts(e.type) || !filter.accepts(e.date)) {
        return;
      }
      String date = e.date.map(PartialDate::iso).orElse("");
      if (e.type.directed() && e.source.isPresent() && e.target.isPresent()) {
        add(e.source.get(), e.target.get(), e.type.name(), true, date, e.doc.orElse(""), "");
        return;
      }
      List<ActorId> parties = e.parties.stream().sorted().toList();
      for (int i = 0; i < parties.size(); i++) {
        for (int j = i + 1; j < parties.size(); j++) {
          add(parties.get(i), parties.get(j), e.type.name(), false, date, e.doc.orElse(""), "");
        }
      }
    }

    void addLink(QuerySolution row, String kind) {
      Optional<ActorId> from = actor(row.get("from"));
      Optional<ActorId> to = actor(row.get("to"));
      if (from.isPresent() && to.isPresent()) {
        add(from.get(), to.get(), kind, true, "", row.getResource("g").getURI(), literal(row, "label").orElse(""));
      }
    }

    private void add(ActorId a, ActorId b, String kind, boolean directed, String date, String doc, String label) {
      if (a.equals(b) || !filter.accepts(a, b)) {
        return;
      }
      Acc acc = edges.computeIfAbsent(kind + "\u0000" + a.gold() + "\u0000" + b.gold(), k -> new Acc(a, b, kind, directed));
      acc.count++;
      if (!date.isEmpty()) {
        acc.dates.add(date);
      }
      if (!doc.isEmpty()) {
        acc.docs.add(doc);
      }
      if (!label.isEmpty()) {
        acc.labels.add(label);
      }
    }

    List<Relation> relations() {
      return edges.values().stream().map(Acc::toRelation)
          .sorted(Comparator.comparing(Relation::key)).toList();
    }
  }

  /** A relation being added up. */
  private static final class Acc {
    final ActorId a;
    final ActorId b;
    final String kind;
    final boolean directed;
    int count;
    final Set<String> dates = new TreeSet<>();
    final Set<String> docs = new TreeSet<>();
    final Set<String> labels = new TreeSet<>();

    Acc(ActorId a, ActorId b, String kind, boolean directed) {
      this.a = a;
      this.b = b;
      this.kind = kind;
      this.directed = directed;
    }

    Relation toRelation() {
      Optional<String> label = labels.isEmpty() ? Optional.empty() : Optional.of(String.join("、", labels));
      return new Relation(a, b, kind, directed, count, List.copyOf(dates), docs.size(), label);
    }
  }

  /** What the store says about one actor. */
  private static final class NodeFacts {
    final Map<String, String> zh = new TreeMap<>();
    Optional<String> en = Optional.empty();
    Optional<String> iso3 = Optional.empty();
    Optional<String> qid = Optional.empty();

    void add(String property, RDFNode value) {
      if (value.isLiteral()) {
        addLiteral(property, value.asLiteral());
      } else if (value.isURIResource() && value.asResource().getURI().startsWith(Namespaces.WD)) {
        qid = Optional.of(value.asResource().getURI().substring(Namespaces.WD.length()));
      }
    }

    private void addLiteral(String property, Literal l) {
      String lang = l.getLanguage().toLowerCase(java.util.Locale.ROOT);
      if (property.equals(DG.iso3.getURI())) {
        iso3 = Optional.of(l.getLexicalForm());
      } else if (lang.equals("en")) {
        en = Optional.of(l.getLexicalForm());
      } else if (lang.startsWith("zh")) {
        zh.putIfAbsent(lang, l.getLexicalForm());
      }
    }

    ActorNode toNode(ActorId id) {
      Optional<String> label = Optional.ofNullable(zh.get("zh"))
          .or(() -> Optional.ofNullable(zh.get("zh-hans")))
          .or(() -> zh.values().stream().findFirst());
      return new ActorNode(id, label, en, iso3, qid);
    }
  }
}
