package org.qawl.map;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.qawl.ingest.Report;
import org.qawl.resolve.ResolvedActor;
import org.qawl.text.Attribution;
import org.qawl.text.MentionKind;
import org.qawl.text.Mentions;
import org.qawl.text.Span;
import org.qawl.vocab.Qawl;

/**
 * One qawl:Statement per attribution: speaker (resolved Actor IRI) and speaker text, verb,
 * content, mode, source span in code points, rule and confidence. Attributions with no speaker
 * at all (an implicit one with nothing before it) are not published.
 */
public final class StatementMapper implements Mapper {
    @Override
    public void map(Report report, Mentions mentions, MappingContext context, StreamRDF out) {
        String text = report.text();
        Node graph = context.graph();
        Node reportIri = context.iris().report(report.id());
        PublishedStatements statements = PublishedStatements.of(report, mentions, context);
        List<Attribution> published = statements.attributions();
        for (Attribution attribution : published) {
            int start = context.codePoints().offset(attribution.span().start());
            int end = context.codePoints().offset(attribution.span().end());
            Node statement = statements.iri(attribution);
            Emitter emit = Emitter.of(out, graph, statement);

            emit.quad(RDF.type.asNode(), Qawl.Statement);
            emit.quad(Qawl.inReport, reportIri);
            String speakerName = attribution.speakerName().get().of(text);
            ResolvedActor speaker = context.resolver().resolveSpeaker(speakerName);
            emit.quad(Qawl.speaker, speaker.iri());
            emitActor(out, graph, speaker, speakerName);
            // an implicit speaker («وأضاف») has the plain empty string: nothing was written
            emit.quad(Qawl.speakerText, attribution.speakerAsWritten()
                    .map(s -> Literals.arabic(s.of(text))).orElse(Literals.string("")));
            attribution.speakerAsWritten().ifPresent(span -> {
                emit.quad(Qawl.speakerStart, offset(context, span.start()));
                emit.quad(Qawl.speakerEnd, offset(context, span.end()));
            });
            attribution.verb().ifPresent(verb -> {
                emit.quad(Qawl.verb, Literals.arabic(verb.span().of(text)));
                emit.quad(Qawl.verbLemma, Literals.arabic(verb.lemma()));
                emit.quad(Qawl.verbStart, offset(context, verb.span().start()));
                emit.quad(Qawl.verbEnd, offset(context, verb.span().end()));
            });
            emit.quad(Qawl.content, Literals.arabic(attribution.span().of(text)));
            emit.quad(Qawl.start, Literals.integer(start));
            emit.quad(Qawl.end, Literals.integer(end));
            emit.quad(Qawl.mode, Literals.string(attribution.mode().label()));
            emit.quad(Qawl.headline, Literals.bool(attribution.headline()));
            emit.quad(Qawl.rule, Literals.string(attribution.rule()));
            attribution.medium().ifPresent(medium -> emit.quad(Qawl.medium, Literals.string(medium)));
            dateOf(attribution, mentions).ifPresent(date ->
                    emit.quad(Qawl.date, Literals.date(date.toString())));
            attribution.addressee().ifPresent(span -> {
                String name = span.of(text);
                ResolvedActor addressee = context.resolver().resolveSpeaker(name);
                emit.quad(Qawl.addressee, addressee.iri());
                emitActor(out, graph, addressee, name);
            });
            embeddingOf(attribution, published).ifPresent(outer -> emit.quad(Qawl.embeddedIn, statements.iri(outer)));
            emit.quad(Qawl.confidence, Literals.decimal(attribution.confidence()));
        }
    }

    /**
     * The date the sentence gives the statement: a resolved time expression that names a day,
     * between the start of its sentence and the start of its content («قال ... اليوم الخميس إن»),
     * the one nearest the content. Unresolved expressions, periods and durations give none.
     */
    private static Optional<java.time.LocalDate> dateOf(Attribution attribution, Mentions mentions) {
        int contentStart = attribution.span().start();
        int sentenceStart = mentions.of(MentionKind.SENTENCE, org.qawl.text.Sentence.class).stream()
                .filter(s -> s.span().start() <= contentStart).mapToInt(s -> s.span().start()).max().orElse(0);
        int from = attribution.verb().map(v -> Math.min(v.span().start(), sentenceStart)).orElse(sentenceStart);
        return mentions.of(MentionKind.TIME, org.qawl.text.TimeExpression.class).stream()
                .filter(t -> t.isDay() && t.span().start() >= from && t.span().end() <= contentStart)
                .reduce((first, second) -> second)
                .flatMap(org.qawl.text.TimeExpression::date);
    }

    /** The innermost other statement whose content holds this statement's verb and content. */
    private static Optional<Attribution> embeddingOf(Attribution inner, List<Attribution> all) {
        int from = inner.verb().map(v -> Math.min(v.span().start(), inner.span().start()))
                .orElse(inner.span().start());
        Span whole = new Span(from, inner.span().end());
        return all.stream().filter(outer -> outer != inner && outer.span().contains(whole)
                        && !outer.span().equals(inner.span()))
                .min(Comparator.comparingInt(outer -> outer.span().length()));
    }

    private static Node offset(MappingContext context, int utf16Index) {
        return Literals.integer(context.codePoints().offset(utf16Index));
    }

    /**
     * The actor's class and label, the name as this report wrote it (skos:altLabel), its role,
     * the country of a built body, and the body or country it is a member of (with that one's
     * class and label, so the report graph types every actor it links to).
     */
    static void emitActor(StreamRDF out, Node graph, ResolvedActor actor, String nameAsWritten) {
        out.quad(Quad.create(graph, actor.iri(), RDF.type.asNode(), actor.type()));
        out.quad(Quad.create(graph, actor.iri(), RDFS.label.asNode(), Literals.arabic(actor.arabicLabel())));
        String written = nameAsWritten.strip().replaceAll("\\s+", " ");
        if (!written.equals(actor.arabicLabel())) {
            out.quad(Quad.create(graph, actor.iri(), SKOS.altLabel.asNode(), Literals.arabic(written)));
        }
        if (!actor.role().isEmpty()) {
            out.quad(Quad.create(graph, actor.iri(), Qawl.role, Literals.arabic(actor.role())));
        }
        actor.country().ifPresent(country -> out.quad(Quad.create(graph, actor.iri(), Qawl.country, country)));
        actor.memberOf().ifPresent(group -> {
            out.quad(Quad.create(graph, actor.iri(), Qawl.memberOf, group.iri()));
            emitActor(out, graph, group, group.arabicLabel());
        });
    }
}
