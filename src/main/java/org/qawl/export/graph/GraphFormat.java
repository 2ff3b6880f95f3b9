package org.qawl.export.graph;

/** Graph file formats for network tools. */
public enum GraphFormat {
    /** GraphML, for yEd and Gephi. */
    GRAPHML,
    /** GEXF 1.3, for Gephi (with time attributes for its timeline). */
    GEXF,
    /** Graphviz DOT. */
    DOT,
    /** Cytoscape.js JSON (elements), also read by Cytoscape desktop. */
    CYTOSCAPE
}
