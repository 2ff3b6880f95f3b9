package org.qawl.map;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.qawl.ingest.Report;
import org.qawl.text.Mentions;
import org.qawl.vocab.Qawl;

/** The report itself: its exact text (what every span counts into), title, date, source, url. */
public final class ReportMapper implements Mapper {
    @Override
    public void map(Report report, Mentions mentions, MappingContext context, StreamRDF out) {
        Node graph = context.graph();
        Node subject = context.iris().report(report.id());
        out.quad(Quad.create(graph, subject, RDF.type.asNode(), Qawl.Report));
        out.quad(Quad.create(graph, subject, Qawl.title, Literals.arabic(report.title())));
        out.quad(Quad.create(graph, subject, Qawl.text, Literals.arabic(report.text())));
        out.quad(Quad.create(graph, subject, Qawl.language, Literals.string("ar")));
        // the file name only: a local path would leak into published data and make the
        // triples depend on where the build ran
        out.quad(Quad.create(graph, subject, Qawl.sourceFile,
                Literals.string(Path.of(report.sourceFile()).getFileName().toString())));
        report.date().ifPresent(date -> out.quad(Quad.create(graph, subject, Qawl.date,
                Literals.date(date))));
        report.source().ifPresent(source -> out.quad(Quad.create(graph, subject, Qawl.source,
                Literals.string(source))));
        report.url().ifPresent(url -> out.quad(Quad.create(graph, subject, Qawl.url, urlNode(url))));
    }

    /** An IRI when the url is an absolute one, else the string as given. */
    private static Node urlNode(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.isAbsolute()) {
                return NodeFactory.createURI(uri.toString());
            }
        } catch (URISyntaxException notAnIri) {
            // kept as a literal below
        }
        return Literals.string(url);
    }
}
