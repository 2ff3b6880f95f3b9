package org.qawl.export;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.qawl.export.graph.GraphFormat;

/**
 * Everything {@code qawl export} writes: RDF serializations (through RDF4J Rio) and graph
 * formats for network tools (through {@link org.qawl.export.graph.GraphExport}).
 */
public enum ExportFormat {
    TURTLE("turtle", RDFFormat.TURTLE, null),
    TRIG("trig", RDFFormat.TRIG, null),
    NQUADS("nquads", RDFFormat.NQUADS, null),
    NTRIPLES("ntriples", RDFFormat.NTRIPLES, null),
    JSONLD("jsonld", RDFFormat.JSONLD, null),
    RDFXML("rdfxml", RDFFormat.RDFXML, null),
    RDF4J_BINARY("rdf4j-binary", RDFFormat.BINARY, null),
    GRAPHML("graphml", null, GraphFormat.GRAPHML),
    GEXF("gexf", null, GraphFormat.GEXF),
    DOT("dot", null, GraphFormat.DOT),
    CYTOSCAPE("cytoscape", null, GraphFormat.CYTOSCAPE);

    private final String cliName;
    private final RDFFormat rio;
    private final GraphFormat graphFormat;

    ExportFormat(String cliName, RDFFormat rio, GraphFormat graphFormat) {
        this.cliName = cliName;
        this.rio = rio;
        this.graphFormat = graphFormat;
    }

    /** The name on the command line, e.g. {@code rdf4j-binary}. */
    public String cliName() {
        return cliName;
    }

    public boolean isRdf() {
        return rio != null;
    }

    /** The Rio format of an RDF format. */
    public RDFFormat rio() {
        if (rio == null) {
            throw new IllegalStateException(cliName + " is not an RDF format");
        }
        return rio;
    }

    /** The graph format of a network-tool format. */
    public GraphFormat graphFormat() {
        if (graphFormat == null) {
            throw new IllegalStateException(cliName + " is not a graph format");
        }
        return graphFormat;
    }

    /** False for Turtle, N-Triples and RDF/XML: they hold one graph, so graph names are lost. */
    public boolean carriesGraphNames() {
        return rio != null && rio.supportsContexts();
    }

    /** Bytes rather than text: never written through a character stream. */
    public boolean isBinary() {
        return this == RDF4J_BINARY;
    }

    public static Optional<ExportFormat> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName.equalsIgnoreCase(name)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
