package org.diplograph.export;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplograph.model.ActorId;

/**
 * The actors and the relations between them, ready for a visualizer. Every edge's ends are among
 * the nodes. Immutable; built from the store by {@link ActorNetworkReader}.
 */
public record ActorNetwork(List<ActorNode> nodes, List<Relation> edges) {
  public ActorNetwork {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** The nodes by actor id. */
  public Map<ActorId, ActorNode> nodesById() {
    return nodes.stream().collect(Collectors.toMap(ActorNode::id, Function.identity()));
  }
}
