package org.qawl.map;

import org.apache.jena.graph.Node;
import org.qawl.iri.Iris;
import org.qawl.resolve.ActorResolver;
import org.qawl.text.CodePoints;

/**
 * What mappers share for one report: IRIs, its graph, offsets in code points, the resolver, the
 * actors its mentions resolved to and the statements it publishes.
 */
public record MappingContext(Iris iris, Node graph, CodePoints codePoints, ActorResolver resolver,
        ResolvedMentions resolved, PublishedStatements.Memo statements) {
    public MappingContext(Iris iris, Node graph, CodePoints codePoints, ActorResolver resolver) {
        this(iris, graph, codePoints, resolver, new ResolvedMentions(), new PublishedStatements.Memo());
    }
}
