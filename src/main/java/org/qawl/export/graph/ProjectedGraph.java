package org.qawl.export.graph;

import java.util.List;

/**
 * A projection of the knowledge graph, ready to write: nodes sorted by IRI, edges by source,
 * target and kind, ids numbered in that order, so the same store always gives the same file.
 */
public record ProjectedGraph(GraphView view, boolean directed, List<GraphNode> nodes, List<GraphEdge> edges) {

    public ProjectedGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** True when some node or edge has a date (GEXF then writes a dynamic graph). */
    public boolean hasDates() {
        return nodes.stream().anyMatch(n -> !n.dates().isEmpty())
                || edges.stream().anyMatch(e -> !e.dates().isEmpty());
    }

    /** A name for the graph, e.g. {@code qawl speakers}. */
    public String name() {
        return "qawl " + view.name().toLowerCase(java.util.Locale.ROOT);
    }
}
