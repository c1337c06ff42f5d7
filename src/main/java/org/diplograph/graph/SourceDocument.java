package org.diplograph.graph;

import java.util.Optional;

/**
 * A document as cited in an explanation.
 *
 * @param iri the document's IRI (also its named graph)
 * @param title its title, if stored
 * @param url where it was published, if known
 * @param published its publication date (ISO 8601), if known
 */
public record SourceDocument(String iri, Optional<String> title, Optional<String> url, Optional<String> published) {}
