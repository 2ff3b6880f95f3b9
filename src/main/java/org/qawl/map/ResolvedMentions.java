package org.qawl.map;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.qawl.resolve.ResolvedActor;
import org.qawl.text.ActorMention;

/**
 * The actor each mention of one report resolved to, as {@link ActorMapper} published it, so the
 * mappers after it (events and their participants) use the same resolution instead of asking the
 * resolver again, whose answers depend on what it has seen since. One instance per report.
 */
final class ResolvedMentions {
    private final Map<ActorMention, Optional<ResolvedActor>> resolved = new HashMap<>();

    void put(ActorMention mention, Optional<ResolvedActor> actor) {
        resolved.put(mention, actor);
    }

    /** The actor published for {@code mention}, or, when no mapper resolved it before, the resolver's answer now. */
    Optional<ResolvedActor> of(ActorMention mention, String written, MappingContext context) {
        Optional<ResolvedActor> known = resolved.get(mention);
        return known != null ? known : ActorMapper.resolve(mention, written, context.resolver());
    }
}
