package org.qawl.export.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * GEXF 1.3 for Gephi. Node label and edge weight are GEXF's own; the other columns are declared
 * attributes. When the graph has dates it is dynamic ({@code timeformat="date"}, intervals):
 * each node and edge gets spells, one per run of consecutive days on which its statements were
 * made, so Gephi's timeline can play the network; undated nodes and edges are always present.
 */
final class GexfWriter implements GraphWriter {
    static final String NS = "http://gexf.net/1.3";

    @Override
    public void write(ProjectedGraph graph, OutputStream out) throws IOException {
        boolean dynamic = graph.hasDates();
        try (Xml xml = new Xml(out)) {
            xml.open("gexf").namespace("", NS).namespace("xsi", GraphMlWriter.XSI)
                    .attribute("xsi:schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd")
                    .attribute("version", "1.3");
            xml.open("meta").text("creator", "qawl")
                    .text("description", graph.name() + ": node ids n0.. and edge ids e0.. are local to this"
                            + " file; the iri and statements attributes lead back to the knowledge graph.")
                    .end();
            xml.open("graph", "mode", dynamic ? "dynamic" : "static",
                    "defaultedgetype", graph.directed() ? "directed" : "undirected",
                    "timeformat", dynamic ? "date" : null, "timerepresentation", dynamic ? "interval" : null);
            declare(xml, "node", Columns.NODE);
            declare(xml, "edge", Columns.EDGE);
            xml.open("nodes", "count", Integer.toString(graph.nodes().size()));
            for (GraphNode node : graph.nodes()) {
                xml.open("node", "id", node.id(), "label", node.label());
                values(xml, Columns.NODE, node);
                spells(xml, node.dates());
                xml.end();
            }
            xml.end();
            xml.open("edges", "count", Integer.toString(graph.edges().size()));
            for (GraphEdge edge : graph.edges()) {
                xml.open("edge", "id", edge.id(), "source", edge.source(), "target", edge.target(),
                        "weight", Integer.toString(edge.weight()), "kind", edge.kind());
                values(xml, Columns.EDGE, edge);
                spells(xml, edge.dates());
                xml.end();
            }
            xml.end().end().end();
        }
    }

    private static <T> void declare(Xml xml, String kind, List<Columns.Column<T>> columns) throws IOException {
        xml.open("attributes", "class", kind, "mode", "static");
        for (Columns.Column<T> column : columns) {
            if (!isNative(column)) {
                xml.empty("attribute", "id", column.name(), "title", column.name(),
                        "type", column.type() == Columns.Type.INT ? "integer" : "string");
            }
        }
        xml.end();
    }

    private static <T> void values(Xml xml, List<Columns.Column<T>> columns, T item) throws IOException {
        xml.open("attvalues");
        for (Columns.Column<T> column : columns) {
            String value = column.text(item);
            if (value != null && !isNative(column)) {
                xml.empty("attvalue", "for", column.name(), "value", value);
            }
        }
        xml.end();
    }

    /** The node label and the edge weight are GEXF attributes of their own. */
    private static boolean isNative(Columns.Column<?> column) {
        return column.name().equals("label") || column.name().equals("weight");
    }

    private static void spells(Xml xml, SortedSet<LocalDate> dates) throws IOException {
        if (dates.isEmpty()) {
            return;
        }
        xml.open("spells");
        for (LocalDate[] run : runs(dates)) {
            xml.empty("spell", "start", run[0].toString(), "end", run[1].toString());
        }
        xml.end();
    }

    /** Consecutive days merged: [5, 6, 7, 9] → [5..7], [9..9]. */
    static List<LocalDate[]> runs(SortedSet<LocalDate> dates) {
        List<LocalDate[]> runs = new ArrayList<>();
        for (LocalDate day : dates) {
            if (!runs.isEmpty() && runs.get(runs.size() - 1)[1].plusDays(1).equals(day)) {
                runs.get(runs.size() - 1)[1] = day;
            } else {
                runs.add(new LocalDate[] {day, day});
            }
        }
        return runs;
    }
}
