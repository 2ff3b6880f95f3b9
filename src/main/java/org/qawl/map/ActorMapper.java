package org.qawl.map;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.qawl.ingest.Report;
import org.qawl.resolve.ResolvedActor;
import org.qawl.text.ActorMention;
import org.qawl.text.MentionKind;
import org.qawl.text.Mentions;
import org.qawl.vocab.Qawl;

/**
 * Every place an actor is named becomes a qawl:Mention (report, code-point span, the words as
 * written), linked from the resolved actor by qawl:mentionedAs, so a user can list every place
 * an actor is named and check each resolution against the text.
 */
public final class ActorMapper implements Mapper {
    /**
     * «الرئيس»، «المتحدث باسم» with no scope and no person of the report to stand for: naming no
     * one in particular, so not published as an actor.
     */
    static boolean unresolvedBareTitle(ActorMention mention, String written, ResolvedActor actor) {
        return mention.kind() == ActorMention.Kind.ROLE && !actor.iri().getURI().contains("/actor/person_")
                && written.strip().split("\\s+").length <= 2 && actor.arabicLabel().equals(written);
    }

    @Override
    public void map(Report report, Mentions mentions, MappingContext context, StreamRDF out) {
        String text = report.text();
        Node graph = context.graph();
        Node reportIri = context.iris().report(report.id());
        List<ActorMention> found = mentions.of(MentionKind.ACTOR, ActorMention.class);
        // persons named in full first, so a title met before the name («رئيس كازاخستان يعلن» in
        // a headline) still resolves to the person the report names later
        found.stream().filter(m -> m.kind() == ActorMention.Kind.PERSON)
                .forEach(m -> context.resolver().resolve(m.span().of(text)));
        for (ActorMention mention : found) {
            String written = mention.span().of(text);
            Optional<ResolvedActor> actor = mention.kind() == ActorMention.Kind.NISBA
                    ? context.resolver().resolveNisba(written)
                    : Optional.of(context.resolver().resolve(written));
            if (actor.isEmpty() || unresolvedBareTitle(mention, written, actor.get())) {
                continue;
            }
            int start = context.codePoints().offset(mention.span().start());
            int end = context.codePoints().offset(mention.span().end());
            Node node = context.iris().mention(report.id(), start, end);
            out.quad(Quad.create(graph, node, RDF.type.asNode(), Qawl.Mention));
            out.quad(Quad.create(graph, node, Qawl.inReport, reportIri));
            out.quad(Quad.create(graph, node, Qawl.start, Literals.integer(start)));
            out.quad(Quad.create(graph, node, Qawl.end, Literals.integer(end)));
            out.quad(Quad.create(graph, node, RDFS.label.asNode(), Literals.arabic(written)));
            out.quad(Quad.create(graph, actor.get().iri(), Qawl.mentionedAs, node));
            StatementMapper.emitActor(out, graph, actor.get(),
                    mention.kind() == ActorMention.Kind.NISBA ? actor.get().arabicLabel() : written);
        }
    }
}
