package org.qawl.map;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.qawl.ingest.Report;
import org.qawl.text.MentionKind;
import org.qawl.text.Mentions;
import org.qawl.text.Quantity;
import org.qawl.text.TimeExpression;
import org.qawl.vocab.Qawl;

/**
 * One qawl:Count per quantity the report gives: value (and upper end of a range), qualifier,
 * unit as written and its class, span in code points, report, and the statement it is stated
 * in when it lies inside one's content, so the figure has a speaker. A number of days, weeks,
 * months, years or hours that is the length of a duration time expression («خلال يومين») is
 * time, not a count, and is left out.
 */
public final class CountMapper implements Mapper {
    private static final Set<String> DURATION_CLASSES = Set.of("day", "week", "month", "year", "hour");

    @Override
    public void map(Report report, Mentions mentions, MappingContext context, StreamRDF out) {
        if (!mentions.has(MentionKind.QUANTITY)) {
            return;
        }
        PublishedStatements statements = PublishedStatements.of(report, mentions, context);
        Node graph = context.graph();
        Node reportIri = context.iris().report(report.id());
        for (Quantity quantity : published(mentions)) {
            int start = context.codePoints().offset(quantity.span().start());
            Node count = context.iris().count(report.id(), start);
            Emitter emit = Emitter.of(out, graph, count);

            emit.quad(RDF.type.asNode(), Qawl.Count);
            emit.quad(Qawl.inReport, reportIri);
            emit.quad(Qawl.value, Literals.decimal(quantity.value()));
            quantity.upTo().ifPresent(upTo -> emit.quad(Qawl.upTo, Literals.decimal(upTo)));
            emit.quad(Qawl.qualifier, Literals.string(quantity.qualifier().code()));
            if (!quantity.unit().isEmpty()) {
                emit.quad(Qawl.unit, Literals.arabic(quantity.unit()));
            }
            if (!quantity.unitClass().isEmpty()) {
                emit.quad(Qawl.unitClass, Literals.string(quantity.unitClass()));
            }
            emit.quad(Qawl.start, Literals.integer(start));
            emit.quad(Qawl.end, Literals.integer(context.codePoints().offset(quantity.span().end())));
            statements.containing(quantity.span())
                    .ifPresent(statement -> emit.quad(Qawl.statedIn, statements.iri(statement)));
        }
    }

    /** The quantities published as qawl:Counts: all but the durations a time expression already holds. */
    static List<Quantity> published(Mentions mentions) {
        if (!mentions.has(MentionKind.QUANTITY)) {
            return List.of();
        }
        List<TimeExpression> durations = mentions.has(MentionKind.TIME)
                ? mentions.of(MentionKind.TIME, TimeExpression.class).stream()
                        .filter(t -> t.kind() == TimeExpression.Kind.DURATION).toList()
                : List.of();
        return mentions.of(MentionKind.QUANTITY, Quantity.class).stream()
                .filter(q -> !(DURATION_CLASSES.contains(q.unitClass())
                        && durations.stream().anyMatch(d -> d.span().overlaps(q.span()))))
                .toList();
    }
}
