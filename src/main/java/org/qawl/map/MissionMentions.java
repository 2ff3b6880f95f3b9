package org.qawl.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.qawl.text.ActorMention;
import org.qawl.text.EventMention;
import org.qawl.text.Span;
import org.qawl.vocab.Qawl;

/**
 * A body's mission names a deployment: «مهمة منظمة معاهدة الأمن الجماعي»، «بعثة الأمم
 * المتحدة»، «مهام قوات الناتو». «مهمة» alone is a task (or «important»), «بعثة» a delegation or a
 * team; only with an organization or a force as its genitive is it a mission sent somewhere,
 * and not when that organization is a sports club or team («بعثة نادي الشباب» is the travelling
 * squad).
 * That needs the actor's type, known once names are resolved, so this runs at mapping time
 * rather than in the trigger lexicon.
 */
final class MissionMentions {
    private static final Set<Node> SENDERS = Set.of(Qawl.Organization, Qawl.ArmedForce);
    /** The mission noun right before a name: «مهمة»، «مهام»، «بعثة»، with a conjunction or preposition. */
    private static final Pattern MISSION_BEFORE = Pattern.compile(
            "(?:^|[\\s«\"(])([وف]?[بلك]?(?:مهمة|مهمه|مهام|بعثة|بعثه))\\s+$");

    /** Clubs and teams, whose «بعثة» is their travelling squad. */
    private static final Pattern SPORTS = Pattern.compile("^(?:ال)?(?:نادي|فريق|منتخب)|لكرة|للكرة|الرياضي");

    private MissionMentions() {}

    /** Deployment mentions for the missions named, except where a trigger already names an event. */
    static List<EventMention> of(String text, List<EventGrounding.Named> named, List<EventMention> triggers) {
        List<EventMention> out = new ArrayList<>();
        for (EventGrounding.Named actor : named) {
            Span name = actor.mention().span();
            if (actor.mention().kind() == ActorMention.Kind.NISBA || !SENDERS.contains(actor.actor().type())
                    || SPORTS.matcher(name.of(text)).find()) {
                continue;
            }
            Matcher before = MISSION_BEFORE.matcher(text.substring(Math.max(0, name.start() - 12), name.start()));
            if (!before.find()) {
                continue;
            }
            Span span = new Span(name.start() - (before.end() - before.start(1)), name.end());
            if (triggers.stream().noneMatch(t -> t.span().overlaps(span))
                    && out.stream().noneMatch(m -> m.span().overlaps(span))) {
                out.add(new EventMention(span, "Deployment", ""));
            }
        }
        return out;
    }
}
