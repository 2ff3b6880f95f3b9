package org.qawl.map;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.qawl.ingest.Report;
import org.qawl.resolve.ActorResolver;
import org.qawl.resolve.ResolvedActor;
import org.qawl.text.ActorMention;
import org.qawl.text.MentionKind;
import org.qawl.text.Mentions;
import org.qawl.vocab.Qawl;

/**
 * Every place an actor is named becomes a qawl:Mention (report, code-point span, the words as
 * written), linked from the resolved actor by qawl:mentionedAs, so a user can list every place
 * an actor is named and check each resolution against the text. A title alone («الرئيس») or a
 * head alone («الأمانة العامة») that the report does not tie to one actor is left out: it names
 * no one in particular.
 */
public final class ActorMapper implements Mapper {
    @Override
    public void map(Report report, Mentions mentions, MappingContext context, StreamRDF out) {
        String text = report.text();
        Node graph = context.graph();
        ActorResolver resolver = context.resolver();
        List<ActorMention> found = mentions.of(MentionKind.ACTOR, ActorMention.class);
        // the whole report's countries and organizations first, so that a bare body in the first
        // line («وزارة الداخلية») belongs to the country the report is about
        found.stream().filter(m -> m.kind() == ActorMention.Kind.NAME || m.kind() == ActorMention.Kind.NISBA)
                .forEach(m -> resolver.notice(m.span().of(text), m.kind() == ActorMention.Kind.NISBA));
        found.stream().filter(m -> m.kind() == ActorMention.Kind.METONYM)
                .forEach(m -> resolver.notice(m.span().of(text), false));
        // persons named in full next, so a title met before the name («رئيس كازاخستان يعلن» in
        // a headline) still resolves to the person the report names later
        found.stream().filter(m -> m.kind() == ActorMention.Kind.PERSON)
                .forEach(m -> resolver.resolve(m.span().of(text)));
        found.stream().filter(m -> m.kind() == ActorMention.Kind.PERSON_NAME)
                .forEach(m -> resolver.resolvePerson(m.span().of(text)));
        for (ActorMention mention : found) {
            String written = mention.span().of(text);
            Optional<ResolvedActor> actor = resolve(mention, written, resolver);
            context.resolved().put(mention, actor);
            if (actor.isEmpty()) {
                continue;
            }
            Node node = MentionNode.write(report, mention.span(), context, out);
            out.quad(Quad.create(graph, actor.get().iri(), Qawl.mentionedAs, node));
            StatementMapper.emitActor(out, graph, actor.get(),
                    mention.kind() == ActorMention.Kind.NISBA ? actor.get().arabicLabel() : written);
        }
    }

    /** The actor a mention names, by its kind; empty when it names no one in particular. */
    static Optional<ResolvedActor> resolve(ActorMention mention, String written, ActorResolver resolver) {
        return switch (mention.kind()) {
            case NISBA -> resolver.resolveNisba(written);
            case ROLE -> resolver.resolveRole(written);
            case HEAD -> resolver.resolveHead(written);
            case METONYM -> Optional.of(resolver.resolveSpeaker(written));
            case NAME, PERSON -> Optional.of(resolver.resolve(written));
            case PERSON_NAME -> Optional.of(resolver.resolvePerson(written));
        };
    }
}
