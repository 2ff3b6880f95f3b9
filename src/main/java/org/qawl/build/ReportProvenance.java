package org.qawl.build;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.qawl.ingest.Report;

/**
 * The PROV-O record a report graph carries about itself, in the graph:
 * <pre>
 *   kb:graph/R   a prov:Entity ; prov:wasGeneratedBy kb:extraction/R ;
 *                dcterms:source "R.txt" ; prov:wasDerivedFrom &lt;url&gt; (when the report has one) .
 *   kb:extraction/R a prov:Activity ; prov:used kb:report/R ;
 *                prov:wasAssociatedWith kb:software/qawl/VERSION .
 *   kb:software/qawl/VERSION a prov:SoftwareAgent ; schema:softwareVersion "VERSION" .
 * </pre>
 * Deterministic: no time here (that goes to the build graph, see {@link BuildLog}), so the same
 * input built by the same qawl version gives the same quads. Each statement already names its
 * rule and confidence (qawl:rule, qawl:confidence) and its report (qawl:inReport, a
 * sub-property of prov:wasDerivedFrom).
 */
final class ReportProvenance {
    private ReportProvenance() {}

    static List<Quad> of(Report report, MetaGraphs meta, String version) {
        Node graph = meta.iris().reportGraph(report.id());
        Node activity = meta.extraction(report.id());
        Node software = meta.software(version);
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(graph, graph, RDF.type.asNode(), Prov.Entity));
        quads.add(Quad.create(graph, graph, Prov.wasGeneratedBy, activity));
        quads.add(Quad.create(graph, graph, DCTerms.source.asNode(),
                NodeFactory.createLiteralString(Path.of(report.sourceFile()).getFileName().toString())));
        report.url().flatMap(ReportProvenance::absoluteIri).ifPresent(url ->
                quads.add(Quad.create(graph, graph, Prov.wasDerivedFrom, url)));
        quads.add(Quad.create(graph, activity, RDF.type.asNode(), Prov.Activity));
        quads.add(Quad.create(graph, activity, RDFS.label.asNode(),
                NodeFactory.createLiteralString("qawl extraction of report " + report.id())));
        quads.add(Quad.create(graph, activity, Prov.used, meta.iris().report(report.id())));
        quads.add(Quad.create(graph, activity, Prov.wasAssociatedWith, software));
        quads.add(Quad.create(graph, software, RDF.type.asNode(), Prov.SoftwareAgent));
        quads.add(Quad.create(graph, software, RDFS.label.asNode(),
                NodeFactory.createLiteralString("qawl " + version)));
        quads.add(Quad.create(graph, software, SchemaDO.softwareVersion.asNode(),
                NodeFactory.createLiteralString(version)));
        return quads;
    }

    /** The url as an IRI when it is an absolute one (ReportMapper keeps other values as strings). */
    private static java.util.Optional<Node> absoluteIri(String url) {
        try {
            URI uri = new URI(url.strip());
            return uri.isAbsolute() ? java.util.Optional.of(NodeFactory.createURI(uri.toString()))
                    : java.util.Optional.empty();
        } catch (URISyntaxException notAnIri) {
            return java.util.Optional.empty();
        }
    }
}
