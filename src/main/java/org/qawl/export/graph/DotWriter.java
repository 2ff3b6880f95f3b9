package org.qawl.export.graph;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Graphviz DOT in UTF-8. Every attribute value is a double-quoted string with {@code "} and
 * {@code \} escaped and line breaks as {@code \n}, so Arabic labels (and any punctuation in them)
 * pass unchanged; Graphviz lays out right-to-left text as one run and its text renderers shape
 * it. Nodes link to their IRI ({@code URL}, clickable in SVG output); the columns of
 * {@link Columns} are extra attributes, which Graphviz keeps but does not draw.
 */
final class DotWriter implements GraphWriter {
    /** Fill colours by node type; other types are grey. */
    static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("Person", "#fde0c5"), Map.entry("Country", "#c6e2f5"),
            Map.entry("GovernmentBody", "#d4ecc9"), Map.entry("Organization", "#e3d7f0"),
            Map.entry("ArmedForce", "#f5c6c6"), Map.entry("MediaOutlet", "#f7efb5"),
            Map.entry("Group", "#f0d5e6"), Map.entry("City", "#cfe8e3"), Map.entry("Region", "#cfe8e3"),
            Map.entry("Place", "#cfe8e3"), Map.entry("Event", "#ffe9a8"), Map.entry("Deployment", "#ffd27a"));

    @Override
    public void write(ProjectedGraph graph, OutputStream out) throws IOException {
        Writer dot = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        String arrow = graph.directed() ? " -> " : " -- ";
        dot.write("// " + graph.name() + ", written by qawl. Node ids n0.. and edge ids e0.. are local to this\n"
                + "// file; the iri and statements attributes lead back to the knowledge graph.\n");
        dot.write((graph.directed() ? "digraph " : "graph ") + quote(graph.name()) + " {\n");
        dot.write("  graph [charset=\"UTF-8\", overlap=\"false\", splines=\"true\", outputorder=\"edgesfirst\"];\n");
        dot.write("  node [shape=\"box\", style=\"rounded,filled\", fontname=\"DejaVu Sans\", fillcolor=\"#eeeeee\"];\n");
        dot.write("  edge [fontname=\"DejaVu Sans\", fontsize=\"10\", color=\"#666666\"];\n");
        for (GraphNode node : graph.nodes()) {
            StringBuilder attributes = new StringBuilder();
            for (Columns.Column<GraphNode> column : Columns.NODE) {
                add(attributes, column.name(), column.text(node));
            }
            add(attributes, "fillcolor", COLOURS.get(node.type()));
            add(attributes, "URL", node.iri());
            add(attributes, "tooltip", node.labelEn().isEmpty() ? node.type() : node.labelEn() + " (" + node.type() + ")");
            dot.write("  " + node.id() + " [" + attributes + "];\n");
        }
        for (GraphEdge edge : graph.edges()) {
            StringBuilder attributes = new StringBuilder();
            add(attributes, "id", edge.id());
            for (Columns.Column<GraphEdge> column : Columns.EDGE) {
                add(attributes, column.name(), column.text(edge));
            }
            add(attributes, "penwidth", String.format(java.util.Locale.ROOT, "%.1f", 1 + Math.log(edge.weight())));
            add(attributes, "tooltip", String.join("، ", edge.verbs()));
            if (edge.weight() > 1) {
                add(attributes, "xlabel", Integer.toString(edge.weight()));
            }
            dot.write("  " + edge.source() + arrow + edge.target() + " [" + attributes + "];\n");
        }
        dot.write("}\n");
        dot.flush();
    }

    private static void add(StringBuilder attributes, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (attributes.length() > 0) {
            attributes.append(", ");
        }
        attributes.append(name).append('=').append(quote(value));
    }

    /** A DOT double-quoted string: backslash and quote escaped, line breaks as \n. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

}
