package org.qawl.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.qawl.export.ExportFormat;
import org.qawl.export.ExportOutput;
import org.qawl.export.RdfExport;
import org.qawl.export.graph.GraphExport;
import org.qawl.export.graph.GraphView;
import org.qawl.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code qawl export}: the store in an RDF format (RDF4J Rio) or a graph format for network tools. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the store in an RDF format, or as a graph for network tools.",
                "RDF formats (through RDF4J Rio, streamed from the store):",
                "  trig, nquads, jsonld, rdf4j-binary  keep the named graphs (one per report)",
                "  turtle, ntriples, rdfxml            hold one graph: --graph picks one, and the "
                        + "default (all) writes the union of all graphs without their names",
                "JSON-LD is compacted with qawl's context (ontology/context.jsonld, inlined), so it "
                        + "reads as plain JSON.",
                "Graph formats (a projection for yEd, Gephi, Graphviz, Cytoscape; --view picks it):",
                "  graphml, gexf, dot, cytoscape",
                "Output goes to standard output unless -o names a file, which is replaced only once "
                        + "the export is complete. What was written is reported on stderr."},
        footer = {"", "Examples:",
                "  qawl export --format trig -o qawl.trig",
                "  qawl export --format nquads --gzip -o qawl.nq.gz",
                "  qawl export --format turtle --graph 000_b8116d2267b8fc92",
                "  qawl export --format jsonld --graph actors -o actors.jsonld",
                "  qawl export --format gexf --view speakers -o speakers.gexf",
                "", "Exit codes: 0 ok, 1 internal error, 2 usage (unknown format or graph), "
                        + "3 no store at --store, or RDF/XML had to leave out triples whose text XML "
                        + "cannot carry (the rest is written), 4 store locked by another process, "
                        + "5 cannot write the output."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            completionCandidates = FormatNames.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    ExportFormat format;

    @Option(names = "--graph", paramLabel = "GRAPH", defaultValue = "all",
            description = "RDF formats: all (default), a report id, actors, ontology, void (dataset "
                    + "description), build (build log) or a graph IRI.")
    String graph;

    @Option(names = "--view", paramLabel = "VIEW",
            description = "Graph formats: speakers (default), mentions or events.")
    GraphView view;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--gzip", description = "Compress the output with gzip.")
    boolean gzip;

    @Override
    public Integer call() {
        checkOptions();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        RdfExport.Written written;
        long bytes;
        try (Tdb2Store opened = Tdb2Store.open(store.path());
             ExportOutput sink = output != null ? ExportOutput.file(output, gzip) : ExportOutput.stream(stdout(), gzip)) {
            written = write(opened, sink.stream());
            sink.commit();
            bytes = sink.bytes();
        } catch (IOException | UncheckedIOException e) {
            throw outputError(e);
        } catch (RDFHandlerException e) {
            if (e.getCause() instanceof IOException io) {
                throw outputError(io);
            }
            throw e;
        }
        spec.commandLine().getOut().flush();
        String what = !format.isRdf() ? written.what() : written.what() + ", " + written.statements()
                + (format.carriesGraphNames() ? " quads" : " triples");
        err.printf("qawl: wrote %s as %s to %s: %d bytes, %.1f s%n", what, format,
                output == null ? "standard output" : output, bytes, (System.nanoTime() - started) / 1e9);
        if (written.skipped() > 0) {
            err.printf("qawl: warning: %d triple(s) left out: their literals hold characters XML 1.0 "
                    + "cannot carry (e.g. U+001A), first about <%s>; use turtle, ntriples, trig or nquads "
                    + "for everything%n", written.skipped(), written.firstSkipped().getURI());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.flush();
        return ExitCodes.OK;
    }

    private RdfExport.Written write(Tdb2Store opened, OutputStream out) throws IOException {
        if (!format.isRdf()) {
            GraphView chosen = view == null ? GraphView.SPEAKERS : view;
            GraphExport.write(opened, format.graphFormat(), chosen, out);
            return new RdfExport.Written(0, "the " + chosen.name().toLowerCase() + " view");
        }
        try {
            return RdfExport.write(opened, format, graph, out);
        } catch (IllegalArgumentException e) {
            throw new QawlException(ExitCodes.USAGE, "--graph " + e.getMessage());
        }
    }

    private void checkOptions() {
        if (!Files.isDirectory(store.path())) {
            throw new QawlException(ExitCodes.BAD_INPUT, "no store at " + store.path()
                    + " (build one with 'qawl build', or give --store)");
        }
        if (format.isRdf() && view != null) {
            throw new QawlException(ExitCodes.USAGE, "--view applies to graph formats (graphml, gexf, dot, cytoscape), not " + format);
        }
        if (!format.isRdf() && !graph.equals("all")) {
            throw new QawlException(ExitCodes.USAGE, "--graph applies to RDF formats; " + format
                    + " draws the whole store (choose the projection with --view)");
        }
        if (output == null && (format.isBinary() || gzip) && System.console() != null) {
            throw new QawlException(ExitCodes.USAGE, (gzip ? "gzip" : format.cliName())
                    + " output is binary: give -o FILE or redirect standard output");
        }
    }

    /**
     * Standard output as bytes. Text goes through picocli's writer (so tests capture it); binary
     * output (rdf4j-binary, --gzip) goes straight to the process's standard output.
     */
    private OutputStream stdout() throws IOException {
        if (format.isBinary() || gzip) {
            return System.out;
        }
        return WriterOutputStream.builder().setWriter(spec.commandLine().getOut())
                .setCharset(StandardCharsets.UTF_8).setWriteImmediately(false).get();
    }

    private QawlException outputError(Exception e) {
        String where = output == null ? "standard output" : output.toString();
        return new QawlException(ExitCodes.OUTPUT_IO, "cannot write " + where + ": " + e.getMessage(), e);
    }

    /** Format names as written on the command line ({@code rdf4j-binary} has a hyphen). */
    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return ExportFormat.byName(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a format; choose one of " + ExportFormat.names()));
        }
    }

    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(ExportFormat.values()).stream().map(ExportFormat::cliName).iterator();
        }
    }
}
