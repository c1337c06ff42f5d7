package org.diplograph.graph;

import java.util.List;
import java.util.Optional;
import org.diplograph.model.EventType;

/**
 * What the store says about one event, for a reader who wants to check it: how it was extracted
 * (trigger, rule, confidence, sentence) and what it claims (type, parties, persons, date …). For an
 * occurrence, trigger, rule and evidence are empty and {@link #mentions()} explains each document's
 * event it merges.
 *
 * @param iri the event's or occurrence's IRI
 * @param kind a document's event or an occurrence
 * @param type the event type
 * @param cameoCode the CAMEO code of the type's concept (the enum's when the store lacks the concept)
 * @param ploverCode the PLOVER category of the type's concept (likewise)
 * @param trigger the trigger word
 * @param rule the extraction rule
 * @param confidence the stored confidence
 * @param parties the parties: source then target for directed types, else sorted by IRI
 * @param persons the persons who took part, sorted by label
 * @param date the date at its precision (ISO 8601)
 * @param place the place as written
 * @param name the meeting's name
 * @param object the object (document signed, partnership level …)
 * @param evidence the sentence that states it
 * @param documents the documents it is derived from, sorted by IRI
 * @param occurrence for a document's event, the occurrence that merges it, if the store has one
 * @param mentions for an occurrence, its mentions ordered by document; empty for a document's event
 */
public record EventExplanation(
    String iri,
    Kind kind,
    EventType type,
    String cameoCode,
    String ploverCode,
    Optional<String> trigger,
    Optional<String> rule,
    Optional<Double> confidence,
    List<LabelledActor> parties,
    List<LabelledActor> persons,
    Optional<String> date,
    Optional<String> place,
    Optional<String> name,
    Optional<String> object,
    Optional<String> evidence,
    List<SourceDocument> documents,
    Optional<String> occurrence,
    List<EventExplanation> mentions) {

  /** What an explained IRI names. */
  public enum Kind {
    /** An event as one document states it ({@code dg:Event}). */
    EVENT,
    /** A real-world event merged across documents ({@code dg:Occurrence}). */
    OCCURRENCE
  }

  public EventExplanation {
    parties = List.copyOf(parties);
    persons = List.copyOf(persons);
    documents = List.copyOf(documents);
    mentions = List.copyOf(mentions);
  }
}
