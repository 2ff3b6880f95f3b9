package org.qawl.map;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.qawl.ingest.Report;
import org.qawl.iri.Iris;

/** For mapper tests: the graph the standard extractor writes for a small report of a given text and date. */
final class ExtractedReport {
    private static final Iris IRIS = Iris.defaults();
    /** One extractor for all tests: loading the gazetteer is the slow part. */
    private static Extractor extractor;

    private ExtractedReport() {}

    /** The report graph of {@code text}, whose first line is its title. */
    static Graph graph(String id, String text, String date) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Report report = new Report(id, text.substring(0, text.indexOf('\n')), text, Optional.of(date), Optional.empty(),
                Optional.empty(), id + ".txt");
        extractor().extract(report, StreamRDFLib.dataset(dataset));
        return dataset.getGraph(IRIS.reportGraph(id));
    }

    private static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = Extractor.standard(IRIS);
        }
        return extractor;
    }
}
