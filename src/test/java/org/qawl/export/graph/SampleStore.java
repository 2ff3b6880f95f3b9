package org.qawl.export.graph;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.qawl.build.Progress;
import org.qawl.build.StoreBuilder;
import org.qawl.iri.Iris;
import org.qawl.map.Extractor;
import org.qawl.store.Tdb2Store;

/** Stores for graph tests: the five sample reports, or a few lines of Turtle. */
public final class SampleStore {
    private SampleStore() {}

    /** The project folder (where data/ and docs/ are). */
    public static Path projectDir() {
        String given = System.getProperty("qawl.project.dir");
        return given != null ? Path.of(given) : buildDir().getParent();
    }

    /**
     * The build folder these tests run from ({@code target}, or the {@code -Dqawl.buildDir}
     * one): the parent of the folder holding the test classes.
     */
    public static Path buildDir() {
        try {
            Path classes = Path.of(SampleStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** data/reports built into a new store in {@code folder}, as `qawl build` does. */
    public static Tdb2Store sampleReports(Path folder) {
        Tdb2Store store = Tdb2Store.open(folder);
        StringWriter diagnostics = new StringWriter();
        new StoreBuilder(Extractor.standard(Iris.defaults()), store, new PrintWriter(diagnostics))
                .build(List.of(projectDir().resolve("data/reports")), Progress.none());
        return store;
    }

    /**
     * A store holding {@code turtle} in one named graph; prefixes qawl:, rdfs:, skos:, xsd: and
     * actor:, report:, event: (under the default base) are predefined.
     */
    public static Tdb2Store turtle(Path folder, String turtle) {
        Tdb2Store store = Tdb2Store.open(folder);
        String text = """
                @prefix qawl: <https://w3id.org/qawl/ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
                @prefix actor:  <https://w3id.org/qawl/kb/actor/> .
                @prefix report: <https://w3id.org/qawl/kb/report/> .
                @prefix event:  <https://w3id.org/qawl/kb/event/> .
                """ + turtle;
        store.replaceGraph(NodeFactory.createURI("https://w3id.org/qawl/kb/graph/test"),
                out -> RDFParser.fromString(text, Lang.TURTLE).parse(out));
        return store;
    }
}
