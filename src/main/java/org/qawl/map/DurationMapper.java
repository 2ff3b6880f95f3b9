package org.qawl.map;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.qawl.ingest.Report;
import org.qawl.text.MentionKind;
import org.qawl.text.Mentions;
import org.qawl.text.TimeExpression;
import org.qawl.vocab.OwlTime;
import org.qawl.vocab.Qawl;

/**
 * One qawl:Duration per length of time the report gives («خلال يومين»، «لن يستغرق ذلك أكثر من
 * 10 أيام»): its length as xsd:duration (OWL-Time), how exact it is (qawl:qualifier: within,
 * at-most …), the words and their span, and the statement it is stated in, so it has a source.
 * Which event it measures is for {@link EventMapper}, which knows the events.
 */
public final class DurationMapper implements Mapper {
    @Override
    public void map(Report report, Mentions mentions, MappingContext context, StreamRDF out) {
        List<TimeExpression> durations = durations(mentions);
        if (durations.isEmpty()) {
            return;
        }
        PublishedStatements statements = PublishedStatements.of(report, mentions, context);
        Node reportIri = context.iris().report(report.id());
        for (TimeExpression duration : durations) {
            int start = context.codePoints().offset(duration.span().start());
            Emitter emit = Emitter.of(out, context.graph(), context.iris().duration(report.id(), start));
            emit.quad(RDF.type.asNode(), Qawl.Duration);
            emit.quad(Qawl.inReport, reportIri);
            emit.quad(OwlTime.hasXSDDuration, Literals.duration(duration.duration().orElseThrow()));
            emit.quad(Qawl.qualifier, Literals.string(duration.qualifier().code()));
            emit.quad(RDFS.label.asNode(), Literals.arabic(duration.span().of(report.text())));
            emit.quad(Qawl.start, Literals.integer(start));
            emit.quad(Qawl.end, Literals.integer(context.codePoints().offset(duration.span().end())));
            statements.containing(duration.span())
                    .ifPresent(statement -> emit.quad(Qawl.statedIn, statements.iri(statement)));
        }
    }

    /** The report's lengths of time: duration expressions whose length was read. */
    static List<TimeExpression> durations(Mentions mentions) {
        if (!mentions.has(MentionKind.TIME)) {
            return List.of();
        }
        return mentions.of(MentionKind.TIME, TimeExpression.class).stream()
                .filter(t -> t.kind() == TimeExpression.Kind.DURATION && t.duration().isPresent())
                .toList();
    }
}
