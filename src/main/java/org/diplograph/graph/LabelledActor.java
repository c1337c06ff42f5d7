package org.diplograph.graph;

/**
 * An actor as shown to a reader.
 *
 * @param iri the actor's IRI
 * @param label its Chinese name as the store gives it (the catalog's preferred label, else the
 *     longest name a document used), or the key of its IRI when the store has none
 */
public record LabelledActor(String iri, String label) {}
