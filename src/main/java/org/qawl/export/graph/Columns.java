package org.qawl.export.graph;

import java.util.List;
import java.util.function.Function;

/**
 * The node and edge attributes every format writes, with one name each (GraphML keys, GEXF
 * attributes, DOT attributes and Cytoscape data fields all use these names). A list value is
 * written as one string, its items separated by {@link #SEPARATOR}, except in JSON, where it
 * stays an array.
 */
final class Columns {
    /** Between the items of a list in XML and DOT (IRIs and Arabic words contain no " | "). */
    static final String SEPARATOR = " | ";

    enum Type { STRING, INT }

    /** One attribute: name, type and how to read it; an empty string or list is not written. */
    record Column<T>(String name, Type type, Function<T, Object> value) {
        /** The value as text (lists joined with the separator), or null when there is none. */
        String text(T item) {
            Object v = value.apply(item);
            if (v instanceof List<?> list) {
                return list.isEmpty() ? null : String.join(SEPARATOR, list.stream().map(String::valueOf).toList());
            }
            String s = v == null ? "" : v.toString();
            return s.isEmpty() ? null : s;
        }
    }

    static final List<Column<GraphNode>> NODE = List.of(
            new Column<>("label", Type.STRING, GraphNode::label),
            new Column<>("labelEn", Type.STRING, GraphNode::labelEn),
            new Column<>("type", Type.STRING, GraphNode::type),
            new Column<>("iri", Type.STRING, GraphNode::iri),
            new Column<>("statements", Type.INT, GraphNode::statements),
            new Column<>("mentions", Type.INT, GraphNode::mentions),
            new Column<>("firstDate", Type.STRING, GraphNode::firstDate),
            new Column<>("lastDate", Type.STRING, GraphNode::lastDate));

    static final List<Column<GraphEdge>> EDGE = List.of(
            new Column<>("kind", Type.STRING, GraphEdge::kind),
            new Column<>("weight", Type.INT, GraphEdge::weight),
            new Column<>("via", Type.STRING, GraphEdge::via),
            new Column<>("verbs", Type.STRING, GraphEdge::verbs),
            new Column<>("reports", Type.STRING, GraphEdge::reports),
            new Column<>("statements", Type.STRING, GraphEdge::statementIris),
            new Column<>("predicate", Type.STRING, GraphEdge::predicate),
            new Column<>("firstDate", Type.STRING, GraphEdge::firstDate),
            new Column<>("lastDate", Type.STRING, GraphEdge::lastDate));

    private Columns() {}
}
