package org.qawl.export.graph;

import java.io.IOException;
import java.io.OutputStream;

/**
 * GraphML 1.0 (valid against the official schema), for Gephi and yEd: one {@code <key>} per
 * attribute, named as in {@link Columns}. Gephi takes {@code label} as the node label and
 * {@code weight} as the edge weight; yEd shows the data under each node's properties and maps
 * {@code label} to the label with Edit → Properties Mapper (see the README).
 */
final class GraphMlWriter implements GraphWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    @Override
    public void write(ProjectedGraph graph, OutputStream out) throws IOException {
        try (Xml xml = new Xml(out)) {
            xml.open("graphml").namespace("", NS).namespace("xsi", XSI)
                    .attribute("xsi:schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            xml.comment(graph.name() + ", written by qawl. Node ids n0.. and edge ids e0.. are local to"
                    + " this file; the iri and statements attributes lead back to the knowledge graph.");
            for (Columns.Column<GraphNode> column : Columns.NODE) {
                xml.empty("key", "id", "n_" + column.name(), "for", "node", "attr.name", column.name(),
                        "attr.type", type(column));
            }
            for (Columns.Column<GraphEdge> column : Columns.EDGE) {
                xml.empty("key", "id", "e_" + column.name(), "for", "edge", "attr.name", column.name(),
                        "attr.type", type(column));
            }
            xml.open("graph", "id", graph.name().replace(' ', '_'),
                    "edgedefault", graph.directed() ? "directed" : "undirected");
            for (GraphNode node : graph.nodes()) {
                xml.open("node", "id", node.id());
                for (Columns.Column<GraphNode> column : Columns.NODE) {
                    data(xml, "n_" + column.name(), column.text(node));
                }
                xml.end();
            }
            for (GraphEdge edge : graph.edges()) {
                xml.open("edge", "id", edge.id(), "source", edge.source(), "target", edge.target());
                for (Columns.Column<GraphEdge> column : Columns.EDGE) {
                    data(xml, "e_" + column.name(), column.text(edge));
                }
                xml.end();
            }
            xml.end().end();
        }
    }

    private static void data(Xml xml, String key, String value) throws IOException {
        if (value != null) {
            xml.text("data", value, "key", key);
        }
    }

    private static String type(Columns.Column<?> column) {
        return column.type() == Columns.Type.INT ? "int" : "string";
    }
}
