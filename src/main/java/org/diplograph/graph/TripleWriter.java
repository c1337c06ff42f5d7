package org.diplograph.graph;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorType;
import org.diplograph.model.DocumentExtraction;
import org.diplograph.model.Event;
import org.diplograph.model.Evidence;
import org.diplograph.model.Membership;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Position;
import org.diplograph.model.SourceDoc;

/**
 * Writes one document's extraction as quads in the document's named graph ({@link
 * Iris#document}) to a {@link StreamRDF}, so the store, a file writer or a counter can receive
 * them. A pure function of its input: the same extraction always gives the same quads, each once.
 * Literals in the text's own words carry the document's script as language tag. The writer sends
 * quads only; starting and finishing the stream is the caller's business.
 */
public final class TripleWriter {
  private final DocumentExtraction extraction;
  private final StreamRDF sink;
  private final Node graph;
  private final String lang;
  private final Set<Quad> emitted = new HashSet<>();
  private final Set<String> events = new HashSet<>();

  private TripleWriter(DocumentExtraction extraction, StreamRDF sink) {
    this.extraction = extraction;
    this.sink = sink;
    this.graph = uri(Iris.document(extraction.doc().id()));
    this.lang = extraction.doc().script().languageTag();
  }

  /**
   * Sends the quads of {@code extraction} to {@code sink}.
   *
   * @throws IllegalArgumentException if an event's evidence names another document
   */
  public static void write(DocumentExtraction extraction, StreamRDF sink) {
    new TripleWriter(extraction, sink).writeAll();
  }

  /** The typed literal of a date at its precision: xsd:date, xsd:gYearMonth or xsd:gYear. */
  public static Node dateLiteral(PartialDate date) {
    RDFDatatype type =
        date.hasDay()
            ? XSDDatatype.XSDdate
            : date.hasMonth() ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
    return NodeFactory.createLiteralDT(date.iso(), type);
  }

  private void writeAll() {
    writeDocument(extraction.doc());
    referencedActors().forEach(this::writeActorIdentity);
    extraction.actors().forEach(this::writeActor);
    extraction.events().forEach(this::writeEvent);
    extraction.positions().forEach(this::writePosition);
    extraction.memberships().forEach(this::writeMembership);
  }

  private void writeDocument(SourceDoc doc) {
    Node d = graph;
    add(d, RDF.type, DG.Document);
    if (!doc.title().isBlank()) {
      add(d, DCTerms.title, text(doc.title()));
    }
    doc.url().flatMap(Iris::sourceUrl).ifPresent(url -> add(d, DCTerms.source, uri(url)));
    doc.published()
        .ifPresent(p -> add(d, DCTerms.issued, dateLiteral(PartialDate.of(p))));
    doc.outlet().ifPresent(o -> add(d, DG.outlet, string(o)));
    add(d, DG.script, string(doc.script().languageTag()));
    addIfNotBlank(d, DG.contentHash, doc.contentHash());
    doc.encoding().ifPresent(c -> add(d, DG.encoding, string(c.name())));
    addIfNotBlank(d, DG.extractorVersion, extraction.extractorVersion());
  }

  /** Every actor the extraction refers to, so that each is typed even when not listed as an actor. */
  private Set<ActorId> referencedActors() {
    Set<ActorId> ids = new LinkedHashSet<>();
    for (Actor a : extraction.actors()) {
      ids.add(a.id());
      a.country().ifPresent(ids::add);
    }
    for (Event e : extraction.events()) {
      ids.addAll(e.parties());
      ids.addAll(e.persons());
    }
    for (Position p : extraction.positions()) {
      ids.add(p.person());
      ids.add(p.country());
    }
    for (Membership m : extraction.memberships()) {
      ids.add(m.member());
      ids.add(m.organization());
    }
    return ids;
  }

  private void writeActorIdentity(ActorId id) {
    Node a = actor(id);
    add(a, RDF.type, DG.actorClass(id.type()));
    if (id.type() == ActorType.COUNTRY) {
      add(a, DG.iso3, string(id.key()));
    } else if (id.type() == ActorType.PERSON || id.type() == ActorType.GOVERNMENT_BODY) {
      add(a, SKOS.prefLabel, text(id.key()));
    }
  }

  private void writeActor(Actor actor) {
    Node a = actor(actor.id());
    actor.names().stream().sorted().forEach(n -> add(a, SKOS.altLabel, text(n)));
    actor.country().ifPresent(c -> add(a, DG.actsFor, actor(c)));
    actor.title().filter(t -> !t.isBlank()).ifPresent(t -> add(a, DG.title, text(t)));
    add(a, DG.confidence, doubleLiteral(actor.confidence()));
  }

  private void writeEvent(Event event) {
    String iri = Iris.event(event, extraction.doc().id());
    if (!events.add(iri)) {
      return; // the same event listed twice: keep the first, so it has one confidence
    }
    Node e = uri(iri);
    add(e, RDF.type, DG.Event);
    add(e, RDF.type, DG.eventClass(event.type()));
    add(e, DG.eventType, uri(Iris.eventType(event.type())));
    writeParties(e, event);
    event.persons().stream().distinct().forEach(p -> add(e, DG.participant, actor(p)));
    event.date().map(TripleWriter::dateLiteral).ifPresent(d -> {
      add(e, DG.date, d);
      add(e, Sem.hasTimeStamp, d);
    });
    addText(e, DG.place, event.place());
    addText(e, DG.name, event.name());
    addText(e, DG.object, event.object());
    addIfNotBlank(e, DG.trigger, event.trigger());
    addIfNotBlank(e, DG.rule, event.rule());
    add(e, DG.confidence, doubleLiteral(event.confidence()));
    add(e, DG.evidence, writeEvidence(event.evidence()));
    add(e, Prov.wasDerivedFrom, graph);
  }

  private void writeParties(Node e, Event event) {
    event.parties().stream().distinct().forEach(p -> add(e, DG.party, actor(p)));
    if (event.type().directed()) {
      add(e, DG.source, actor(event.parties().get(0)));
      add(e, DG.target, actor(event.parties().get(1)));
    }
  }

  private Node writeEvidence(Evidence evidence) {
    checkArgument(
        evidence.docId().equals(extraction.doc().id()),
        "evidence of document %s in the extraction of %s",
        evidence.docId(),
        extraction.doc().id());
    String iri = Iris.evidence(evidence);
    Node ev = uri(iri);
    add(ev, RDF.type, DG.Evidence);
    add(ev, Prov.value, string(evidence.sentence()));
    add(ev, DG.block, integer(evidence.block()));
    add(ev, DG.startOffset, integer(evidence.start()));
    add(ev, DG.endOffset, integer(evidence.end()));
    extraction.doc().pageOf(evidence.block()).ifPresent(page -> add(ev, DG.page, integer(page)));
    add(ev, Prov.wasQuotedFrom, graph);
    return ev;
  }

  private void writePosition(Position position) {
    Node p = uri(Iris.post(position));
    add(p, RDF.type, ORG.Post);
    add(p, ORG.heldBy, actor(position.person()));
    add(p, ORG.postIn, actor(position.country()));
    if (!position.title().isBlank()) {
      add(p, SKOS.prefLabel, text(position.title()));
    }
  }

  private void writeMembership(Membership membership) {
    Node m = uri(Iris.membership(membership));
    add(m, RDF.type, ORG.Membership);
    add(m, ORG.member, actor(membership.member()));
    add(m, ORG.organization, actor(membership.organization()));
    add(actor(membership.organization()), ORG.hasMember, actor(membership.member()));
  }

  private void add(Node s, Resource p, Resource o) {
    add(s, p, o.asNode());
  }

  private void add(Node s, Resource p, Node o) {
    Quad quad = Quad.create(graph, s, p.asNode(), o);
    if (emitted.add(quad)) {
      sink.quad(quad);
    }
  }

  private void addText(Node s, Resource p, Optional<String> value) {
    value.filter(v -> !v.isBlank()).ifPresent(v -> add(s, p, text(v)));
  }

  private void addIfNotBlank(Node s, Resource p, String value) {
    if (!value.isBlank()) {
      add(s, p, string(value));
    }
  }

  private Node text(String s) {
    return NodeFactory.createLiteralLang(s, lang);
  }

  private static Node actor(ActorId id) {
    return uri(Iris.actor(id));
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node string(String s) {
    return NodeFactory.createLiteralString(s);
  }

  private static Node integer(int i) {
    return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDint);
  }

  private static Node doubleLiteral(double d) {
    return NodeFactory.createLiteralDT(Double.toString(d), XSDDatatype.XSDdouble);
  }
}
