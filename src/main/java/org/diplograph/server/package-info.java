/** The HTTP service: Fuseki over the store's dataset, the network JSON and the graph page. */
@org.jspecify.annotations.NullMarked
package org.diplograph.server;
