/** The RDF side: vocabulary constants, the one IRI factory, records to triples, the TDB2 store and SPARQL. */
@org.jspecify.annotations.NullMarked
package org.diplograph.graph;
