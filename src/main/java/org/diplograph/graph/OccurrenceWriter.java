package org.diplograph.graph;

import java.util.Collection;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.model.ActorId;

/**
 * Writes {@link Occurrence}s as quads of the graph {@link Iris#OCCURRENCE_GRAPH}: each typed
 * dg:Occurrence and its event class, with its type, parties (source and target for directed types),
 * date, mentions, documents, counts and combined confidence. A pure function of its input; sends
 * quads only, starting and finishing the stream is the caller's business.
 */
final class OccurrenceWriter {
  private static final Node GRAPH = NodeFactory.createURI(Iris.OCCURRENCE_GRAPH);

  private final StreamRDF sink;

  private OccurrenceWriter(StreamRDF sink) {
    this.sink = sink;
  }

  /** Sends the quads of {@code occurrences} to {@code sink}. */
  static void write(Collection<Occurrence> occurrences, StreamRDF sink) {
    OccurrenceWriter w = new OccurrenceWriter(sink);
    occurrences.forEach(w::write);
  }

  private void write(Occurrence o) {
    Node s = uri(o.iri());
    add(s, RDF.type, DG.Occurrence.asNode());
    add(s, RDF.type, DG.eventClass(o.type()).asNode());
    add(s, DG.eventType, uri(Iris.eventType(o.type())));
    writeParties(s, o);
    o.date().map(TripleWriter::dateLiteral).ifPresent(d -> {
      add(s, DG.date, d);
      add(s, Sem.hasTimeStamp, d);
    });
    o.mentions().forEach(m -> add(s, DG.mention, uri(m.iri())));
    o.documents().forEach(d -> add(s, Prov.wasDerivedFrom, uri(d)));
    add(s, DG.mentionCount, integer(o.mentionCount()));
    add(s, DG.sourceCount, integer(o.sourceCount()));
    add(s, DG.confidence, NodeFactory.createLiteralDT(Double.toString(o.confidence()), XSDDatatype.XSDdouble));
  }

  private void writeParties(Node s, Occurrence o) {
    List<ActorId> key = o.partyKey();
    key.forEach(p -> add(s, DG.party, actor(p)));
    if (o.type().directed()) {
      add(s, DG.source, actor(key.get(0)));
      add(s, DG.target, actor(key.get(1)));
    }
  }

  private void add(Node s, Resource p, Node o) {
    sink.quad(Quad.create(GRAPH, s, p.asNode(), o));
  }

  private static Node actor(ActorId id) {
    return uri(Iris.actor(id));
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node integer(int i) {
    return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDint);
  }
}
