package org.qawl.export.graph;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a projection in one file format. Writers stream: nothing is built besides the graph. */
interface GraphWriter {
    void write(ProjectedGraph graph, OutputStream out) throws IOException;

    static GraphWriter of(GraphFormat format) {
        return switch (format) {
            case GRAPHML -> new GraphMlWriter();
            case GEXF -> new GexfWriter();
            case DOT -> new DotWriter();
            case CYTOSCAPE -> new CytoscapeWriter();
        };
    }
}
