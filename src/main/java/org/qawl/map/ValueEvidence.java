package org.qawl.map;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.qawl.ingest.Report;
import org.qawl.text.Span;
import org.qawl.vocab.Qawl;

/**
 * Where a report gives one value of a fact: a qawl:Evidence (an rdf:Statement, reified the
 * standard way: rdf:subject, rdf:predicate, rdf:object) with the report, the code-point span and
 * the words, so a user can check «contributor Belarus» against «وحدات من القوات المسلحة لروسيا
 * وبيلاروس». Plain triples, so every store and export format keeps them.
 */
final class ValueEvidence {
    private ValueEvidence() {}

    /** {@code event} is one report's account of an event, {@code event/{report}/{start}}. */
    static void write(Report report, MappingContext context, StreamRDF out, Node event, Node property, Node value,
            Span span) {
        int start = context.codePoints().offset(span.start());
        int end = context.codePoints().offset(span.end());
        String uri = event.getURI();
        int eventStart = Integer.parseInt(uri.substring(uri.lastIndexOf('/') + 1));
        Emitter emit = Emitter.of(out, context.graph(),
                context.iris().evidence(report.id(), eventStart, start, end, property));
        emit.quad(RDF.type.asNode(), Qawl.Evidence);
        emit.quad(RDF.subject.asNode(), event);
        emit.quad(RDF.predicate.asNode(), property);
        emit.quad(RDF.object.asNode(), value);
        emit.quad(Qawl.inReport, context.iris().report(report.id()));
        emit.quad(Qawl.start, Literals.integer(start));
        emit.quad(Qawl.end, Literals.integer(end));
        emit.quad(RDFS.label.asNode(), Literals.arabic(span.of(report.text())));
    }
}
