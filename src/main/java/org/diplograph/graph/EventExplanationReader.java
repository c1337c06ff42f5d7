package org.diplograph.graph;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.graph.EventExplanation.Kind;
import org.diplograph.model.ActorId;
import org.diplograph.model.EventType;

/**
 * Reads the {@link EventExplanation} of a document's event or of an occurrence from the union of a
 * store's graphs (the documents' graphs, the occurrences and the ontology, whose concepts give the
 * CAMEO/PLOVER codes and whose catalog gives the actors' names). Stateless and thread-safe.
 */
public final class EventExplanationReader {
  private static final Comparator<EventExplanation> BY_DOCUMENT = Comparator
      .comparing((EventExplanation e) -> e.documents().isEmpty() ? "" : e.documents().get(0).iri())
      .thenComparing(EventExplanation::iri);

  private EventExplanationReader() {}

  /**
   * The explanation of {@code iri} in one read transaction; empty when the store holds no event
   * ({@code dg:Event}) or occurrence ({@code dg:Occurrence}) of a known type with that IRI.
   */
  public static Optional<EventExplanation> read(GraphStore store, String iri) {
    return store.read(dsg -> read(dsg, iri));
  }

  /** The same over a dataset; the caller holds a read transaction if it is transactional. */
  public static Optional<EventExplanation> read(DatasetGraph dsg, String iri) {
    Model m = ModelFactory.createModelForGraph(dsg.getUnionGraph());
    return explain(m.createResource(iri));
  }

  private static Optional<EventExplanation> explain(Resource r) {
    Optional<Kind> kind = r.hasProperty(RDF.type, DG.Occurrence) ? Optional.of(Kind.OCCURRENCE)
        : r.hasProperty(RDF.type, DG.Event) ? Optional.of(Kind.EVENT) : Optional.empty();
    Resource concept = r.getPropertyResourceValue(DG.eventType);
    Optional<EventType> type = Optional.ofNullable(concept).filter(Resource::isURIResource)
        .flatMap(c -> Iris.parseEventType(c.getURI()));
    if (kind.isEmpty() || type.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new EventExplanation(r.getURI(), kind.get(), type.get(),
        string(concept, DG.cameoCode).orElse(type.get().cameo()),
        string(concept, DG.ploverCode).orElse(type.get().plover()),
        string(r, DG.trigger), string(r, DG.rule), confidence(r),
        parties(r, type.get()), persons(r),
        string(r, DG.date), string(r, DG.place), string(r, DG.name), string(r, DG.object),
        evidence(r), documents(r), occurrenceOf(r), kind.get() == Kind.OCCURRENCE ? mentions(r) : List.of()));
  }

  private static List<LabelledActor> parties(Resource r, EventType type) {
    Resource source = r.getPropertyResourceValue(DG.source);
    Resource target = r.getPropertyResourceValue(DG.target);
    if (type.directed() && source != null && target != null) {
      return List.of(labelled(source), labelled(target));
    }
    return objects(r, DG.party).map(EventExplanationReader::labelled)
        .sorted(Comparator.comparing(LabelledActor::iri)).toList();
  }

  private static List<LabelledActor> persons(Resource r) {
    return objects(r, DG.participant).map(EventExplanationReader::labelled)
        .sorted(Comparator.comparing(LabelledActor::label).thenComparing(LabelledActor::iri)).toList();
  }

  private static Optional<String> evidence(Resource r) {
    return Optional.ofNullable(r.getPropertyResourceValue(DG.evidence)).flatMap(e -> string(e, Prov.value));
  }

  private static List<SourceDocument> documents(Resource r) {
    return objects(r, Prov.wasDerivedFrom)
        .map(d -> new SourceDocument(d.getURI(), string(d, DCTerms.title),
            Optional.ofNullable(d.getPropertyResourceValue(DCTerms.source)).filter(Resource::isURIResource)
                .map(Resource::getURI),
            string(d, DCTerms.issued)))
        .sorted(Comparator.comparing(SourceDocument::iri)).toList();
  }

  private static Optional<String> occurrenceOf(Resource r) {
    return r.getModel().listSubjectsWithProperty(DG.mention, r).toList().stream()
        .filter(Resource::isURIResource).map(Resource::getURI).sorted().findFirst();
  }

  private static List<EventExplanation> mentions(Resource r) {
    return objects(r, DG.mention).flatMap(m -> explain(m).stream()).sorted(BY_DOCUMENT).toList();
  }

  private static Optional<Double> confidence(Resource r) {
    return literal(r, DG.confidence).flatMap(l -> {
      try {
        return Optional.of(l.getDouble());
      } catch (RuntimeException e) {
        return Optional.empty(); // an ill-typed value is shown as absent rather than failing the explanation
      }
    });
  }

  /** The actor with its best Chinese name: the preferred label, else the longest name a document used. */
  private static LabelledActor labelled(Resource a) {
    Optional<String> label = chinese(a, SKOS.prefLabel, Comparator.comparing(EventExplanationReader::langRank))
        .or(() -> chinese(a, SKOS.altLabel, Comparator.comparingInt((Literal l) -> -l.getLexicalForm().length())))
        .or(() -> string(a, SKOS.prefLabel))
        .or(() -> Iris.parseActor(a.getURI()).map(ActorId::key));
    return new LabelledActor(a.getURI(), label.orElse(a.getURI()));
  }

  private static Optional<String> chinese(Resource a, Property p, Comparator<Literal> preference) {
    return a.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isLiteral)
        .map(RDFNode::asLiteral).filter(l -> l.getLanguage().toLowerCase(Locale.ROOT).startsWith("zh"))
        .min(preference.thenComparing(Literal::getLexicalForm)).map(Literal::getLexicalForm);
  }

  private static int langRank(Literal l) {
    return l.getLanguage().equals("zh") ? 0 : 1;
  }

  private static Stream<Resource> objects(Resource r, Property p) {
    return r.listProperties(p).toList().stream().map(Statement::getObject)
        .filter(RDFNode::isURIResource).map(RDFNode::asResource).distinct();
  }

  private static Optional<Literal> literal(Resource r, Property p) {
    return r.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isLiteral)
        .map(RDFNode::asLiteral).findFirst();
  }

  private static Optional<String> string(Resource r, Property p) {
    return literal(r, p).map(Literal::getLexicalForm);
  }
}
