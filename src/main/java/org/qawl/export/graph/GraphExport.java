package org.qawl.export.graph;

import java.io.IOException;
import java.io.OutputStream;
import org.qawl.store.ReportStore;

/**
 * Writes a graph projection of the store in a network-tool format: the {@link GraphView}
 * (speakers, mentions, events) computed by {@link GraphProjector} in one read transaction, then
 * written by the format's writer. The store is read with SPARQL row by row; what is held in
 * memory is the projection itself (one entry per node and per edge), which every format needs
 * before it can write (GEXF lists all nodes before the edges, and weights are sums).
 */
public final class GraphExport {
    private GraphExport() {}

    public static void write(ReportStore store, GraphFormat format, GraphView view, OutputStream out)
            throws IOException {
        write(store, format, view, GraphFilter.none(), out);
    }

    /** The same, keeping only what {@code filter} keeps. */
    public static void write(ReportStore store, GraphFormat format, GraphView view, GraphFilter filter,
            OutputStream out) throws IOException {
        ProjectedGraph graph = store.read(dataset -> new GraphProjector(dataset).project(view, filter));
        write(graph, format, out);
    }

    /** Writes a projection made with {@link GraphProjector} (the explorer serves its own). */
    public static void write(ProjectedGraph graph, GraphFormat format, OutputStream out) throws IOException {
        GraphWriter.of(format).write(graph, out);
        out.flush();
    }
}
