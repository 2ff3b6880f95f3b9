package org.qawl.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.qawl.build.MetaGraphs;
import org.qawl.build.UnionTriples;
import org.qawl.iri.Iris;
import org.qawl.store.ReportStore;

/**
 * The store in an RDF format, through RDF4J Rio, streaming: quads are read in one read
 * transaction and handed to the writer one by one, each term converted once ({@link JenaToRio}),
 * so memory does not grow with the store. (JSON-LD holds one named graph at a time: see
 * {@link JsonLdWriter}.) Formats that carry graph names (TriG, N-Quads, JSON-LD, RDF4J binary)
 * keep them; Turtle, N-Triples and RDF/XML get one graph or the union of all, without names.
 */
public final class RdfExport {
    /**
     * What an export wrote: how many triples or quads, and of what; {@code skipped} counts the
     * triples RDF/XML cannot carry (a literal with a character XML 1.0 forbids, such as U+001A
     * in a report text), {@code firstSkipped} names the subject of the first.
     */
    public record Written(long statements, String what, long skipped, Node firstSkipped) {
        public Written(long statements, String what) {
            this(statements, what, 0, null);
        }
    }

    private RdfExport() {}

    /**
     * Writes the graphs {@code graph} selects ({@link GraphSelection#resolve}) in {@code format}.
     *
     * @throws IllegalArgumentException when the store has no such graph
     */
    public static Written write(ReportStore store, ExportFormat format, String graph, OutputStream out) {
        return store.read(dataset -> write(dataset, format, GraphSelection.resolve(graph, dataset), out));
    }

    /** As {@link #write(ReportStore, ExportFormat, String, OutputStream)}, in a read transaction the caller holds. */
    public static Written write(DatasetGraph dataset, ExportFormat format, GraphSelection selection,
            OutputStream out) {
        String base = MetaGraphs.storedBase(dataset).orElse(Iris.DEFAULT_BASE);
        if (format == ExportFormat.JSONLD) {
            JsonLdWriter writer = new JsonLdWriter(out);
            long count = 0;
            for (Node graph : selection.isAll() ? graphNames(dataset) : List.of(selection.graph())) {
                count += writer.graph(graph, triples(dataset, graph));
            }
            writer.finish();
            return new Written(count, selection.describe() + " (named)");
        }
        RDFWriter writer = start(format, base, out);
        JenaToRio convert = new JenaToRio();
        long count = 0;
        if (format.carriesGraphNames()) {
            Node graph = selection.isAll() ? Node.ANY : selection.graph();
            for (Iterator<Quad> quads = dataset.find(graph, Node.ANY, Node.ANY, Node.ANY); quads.hasNext(); count++) {
                writer.handleStatement(convert.statement(quads.next()));
            }
        } else {
            // the union from TDB2's SPOG index: each triple once, streamed, not collected
            Iterator<Triple> triples = selection.isAll() ? UnionTriples.of(dataset)
                    : triples(dataset, selection.graph());
            Skipped skipped = new Skipped(format);
            while (triples.hasNext()) {
                Triple triple = triples.next();
                if (skipped.test(triple)) {
                    writer.handleStatement(convert.statement(triple));
                    count++;
                }
            }
            writer.endRDF();
            String what = selection.isAll() ? "the union of all graphs (graph names are not kept)"
                    : selection.describe() + " (its name is not kept)";
            return new Written(count, what, skipped.count, skipped.first);
        }
        writer.endRDF();
        return new Written(count, selection.describe() + " (named)");
    }

    /** Triples with no graph name (a resource description, served by {@code qawl serve}). */
    public static long writeTriples(Iterator<Triple> triples, ExportFormat format, String base, OutputStream out) {
        if (format == ExportFormat.JSONLD) {
            JsonLdWriter writer = new JsonLdWriter(out);
            long count = writer.nodes(triples);
            writer.finish();
            return count;
        }
        RDFWriter writer = start(format, base, out);
        JenaToRio convert = new JenaToRio();
        Skipped skipped = new Skipped(format);
        long count = 0;
        while (triples.hasNext()) {
            Triple triple = triples.next();
            if (skipped.test(triple)) {
                writer.handleStatement(convert.statement(triple));
                count++;
            }
        }
        writer.endRDF();
        return count;
    }

    /** Keeps what the format can carry: for RDF/XML, literals made of characters XML 1.0 allows. */
    private static final class Skipped {
        private final boolean xml;
        long count;
        Node first;

        Skipped(ExportFormat format) {
            this.xml = format == ExportFormat.RDFXML;
        }

        boolean test(Triple triple) {
            Node object = triple.getObject();
            if (!xml || !object.isLiteral() || isXmlText(object.getLiteralLexicalForm())) {
                return true;
            }
            if (count++ == 0) {
                first = triple.getSubject();
            }
            return false;
        }
    }

    /** Only characters XML 1.0 allows (§2.2): no control characters but tab, newline, return. */
    static boolean isXmlText(String text) {
        return text.codePoints().allMatch(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF));
    }

    private static RDFWriter start(ExportFormat format, String base, OutputStream out) {
        RDFWriter writer = Rio.createWriter(format.rio(), out);
        writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        writer.startRDF();
        for (Map.Entry<String, String> prefix : Prefixes.forBase(base).entrySet()) {
            writer.handleNamespace(prefix.getKey(), prefix.getValue());
        }
        return writer;
    }

    private static Iterator<Triple> triples(DatasetGraph dataset, Node graph) {
        Iterator<Quad> quads = dataset.find(graph, Node.ANY, Node.ANY, Node.ANY);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return quads.hasNext();
            }

            @Override
            public Triple next() {
                return quads.next().asTriple();
            }
        };
    }

    /** Every named graph, in IRI order. */
    static List<Node> graphNames(DatasetGraph dataset) {
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::getURI));
        return names;
    }
}
