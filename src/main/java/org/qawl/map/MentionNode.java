package org.qawl.map;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.qawl.ingest.Report;
import org.qawl.text.Span;
import org.qawl.vocab.Qawl;

/**
 * A place in a report where an actor or an event is named, as a qawl:Mention: its report, its
 * code-point span and the words as written. Actors point to it with qawl:mentionedAs, events
 * with qawl:eventMention.
 */
final class MentionNode {
    private MentionNode() {}

    /** Writes the mention of {@code span} and returns its IRI. */
    static Node write(Report report, Span span, MappingContext context, StreamRDF out) {
        int start = context.codePoints().offset(span.start());
        int end = context.codePoints().offset(span.end());
        Node mention = context.iris().mention(report.id(), start, end);
        Emitter emit = Emitter.of(out, context.graph(), mention);
        emit.quad(RDF.type.asNode(), Qawl.Mention);
        emit.quad(Qawl.inReport, context.iris().report(report.id()));
        emit.quad(Qawl.start, Literals.integer(start));
        emit.quad(Qawl.end, Literals.integer(end));
        emit.quad(RDFS.label.asNode(), Literals.arabic(span.of(report.text())));
        return mention;
    }
}
