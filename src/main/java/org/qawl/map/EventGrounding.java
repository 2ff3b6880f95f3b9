package org.qawl.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.qawl.event.EventFacts;
import org.qawl.ingest.Report;
import org.qawl.resolve.ResolvedActor;
import org.qawl.text.ActorMention;
import org.qawl.text.EventMention;
import org.qawl.text.MentionKind;
import org.qawl.text.Mentions;
import org.qawl.text.Sentence;
import org.qawl.text.Span;
import org.qawl.text.TimeExpression;
import org.qawl.vocab.Qawl;

/**
 * Ties each event mention of one report to what its sentence says around it: the place named
 * right after the trigger («احتجاجات في منطقة مانجيستاو»، «الهجوم على مدينة ألماتي»), else the
 * country the report is most about; the nearest time expression of the sentence; the actors
 * named close to the trigger, and the part {@link ParticipantRoles} finds for each of them. Plain
 * proximity rules, written down here so a user can check them.
 */
final class EventGrounding {
    /** How far after the trigger (UTF-16 chars) a place still belongs to it. */
    static final int PLACE_WINDOW = 45;
    /** How far on either side of the trigger an actor still takes part in it. */
    static final int PARTICIPANT_WINDOW = 90;
    /** How far from the trigger a time expression still dates it. */
    static final int TIME_WINDOW = 60;
    /** Words after which a place name is where the event happens («في»، «على مدينة»). */
    private static final java.util.regex.Pattern PLACE_INTRODUCER = java.util.regex.Pattern.compile(
            "(?s).*(^|\\s)(في|فى|على|داخل|إلى|الى|مدينة|مدينتي|مدينتى|منطقة|ولاية|محافظة|إقليم|العاصمة"
                    // «في مناطق من البلاد، بما في ذلك ألماتي»: the first place named of several
                    + "|بما في ذلك|بما فيها|بما فيه|ومنها|من بينها)\\s*$");
    private static final Set<Node> PLACE_TYPES = Set.of(Qawl.Country, Qawl.City, Qawl.Region, Qawl.Place);
    private static final Set<Node> PRINCIPAL_TYPES = Set.of(Qawl.Person, Qawl.GovernmentBody, Qawl.Organization);

    /**
     * One event mention with what grounds it; {@code parts}: the participants' mentions whose
     * part a rule decided, in text order.
     */
    record Grounded(EventMention mention, EventFacts facts, Set<Node> participants, List<Part> parts,
            Optional<TimeExpression> time, Sentence sentence) {}

    /** An actor mention of the report and the actor it resolved to. */
    record Named(ActorMention mention, ResolvedActor actor) {}

    /** The part a participant's mention plays in an event mention. */
    record Part(Named named, ParticipantRoles.Role role) {}

    /** The report's grounded event mentions, its resolved actor mentions and its main country. */
    record Grounding(List<Grounded> events, List<Named> actors, Optional<Node> home) {}

    private EventGrounding() {}

    static Grounding ground(Report report, Mentions mentions, MappingContext context, ParticipantRoles roles) {
        String text = report.text();
        List<Named> named = new ArrayList<>();
        Map<Node, Integer> countryCounts = new HashMap<>();
        for (ActorMention mention : mentions.of(MentionKind.ACTOR, ActorMention.class)) {
            String written = mention.span().of(text);
            context.resolved().of(mention, written, context).ifPresent(a -> {
                named.add(new Named(mention, a));
                if (a.type().equals(Qawl.Country)) {
                    countryCounts.merge(a.iri(), 1, Integer::sum);
                }
            });
        }
        Optional<Node> home = countryCounts.entrySet().stream()
                .max(Map.Entry.<Node, Integer>comparingByValue().thenComparing(e -> e.getKey().getURI()))
                .map(Map.Entry::getKey);
        List<Sentence> sentences = mentions.of(MentionKind.SENTENCE, Sentence.class);
        List<TimeExpression> times = mentions.of(MentionKind.TIME, TimeExpression.class);
        List<Grounded> out = new ArrayList<>();
        List<EventMention> triggers = mentions.of(MentionKind.EVENT, EventMention.class);
        List<EventMention> events = new ArrayList<>(triggers);
        events.addAll(MissionMentions.of(text, named, triggers));
        events.sort(java.util.Comparator.comparingInt(e -> e.span().start()));
        for (EventMention event : events) {
            Span trigger = event.span();
            Sentence sentence = sentences.stream().filter(s -> s.span().contains(trigger.start())).findFirst()
                    .orElse(new Sentence(trigger, 0));
            Optional<Named> candidate = named.stream()
                    .filter(n -> n.mention().kind() != ActorMention.Kind.NISBA && PLACE_TYPES.contains(n.actor().type()))
                    .filter(n -> n.mention().span().start() >= trigger.end()
                            && n.mention().span().start() - trigger.end() <= PLACE_WINDOW
                            && sentence.span().contains(n.mention().span().start()))
                    .findFirst();
            boolean wholeCountry = candidate.map(n -> text.substring(trigger.end(), n.mention().span().start()))
                    .orElse(text.substring(trigger.end(), Math.min(text.length(), trigger.end() + PLACE_WINDOW)))
                    .matches("(?s)\\s*(في|فى|ب)\\s*(جميع|كل|عموم|كافة)?\\s*(أنحاء|أرجاء|مناطق)?\\s*البلاد.*");
            Optional<Named> place = wholeCountry ? Optional.empty()
                    : candidate.filter(n -> introducesPlace(text.substring(trigger.end(), n.mention().span().start()),
                            n.mention().span().of(text)));
            Set<Node> participants = new LinkedHashSet<>();
            Set<Node> principals = new LinkedHashSet<>();
            List<Named> taking = new ArrayList<>();
            for (Named n : named) {
                Span span = n.mention().span();
                boolean near = sentence.span().contains(span.start())
                        && Math.max(span.start() - trigger.end(), trigger.start() - span.end()) <= PARTICIPANT_WINDOW;
                if (!near || place.map(p -> p.actor().iri().equals(n.actor().iri())).orElse(false)
                        || n.mention().kind() == ActorMention.Kind.NISBA) {
                    continue;
                }
                participants.add(n.actor().iri());
                taking.add(n);
                if (PRINCIPAL_TYPES.contains(n.actor().type())) {
                    principals.add(n.actor().iri());
                }
            }
            List<Part> parts = parts(text, event, sentence, named, taking, roles);
            Optional<TimeExpression> time = times.stream()
                    .filter(t -> sentence.span().contains(t.span().start()) && distance(t.span(), trigger) <= TIME_WINDOW)
                    .min((a, b) -> Integer.compare(distance(a.span(), trigger), distance(b.span(), trigger)));
            EventFacts facts = new EventFacts(event.type(),
                    place.map(n -> n.actor().iri()).or(() -> home), place.isPresent() || wholeCountry,
                    time.flatMap(TimeExpression::date), Optional.empty(), Set.copyOf(principals));
            out.add(new Grounded(event, facts, participants, parts, time, sentence));
        }
        return new Grounding(out, List.copyOf(named), home);
    }

    /**
     * The parts of the participants' mentions ({@code taking}), read against every name of the
     * sentence but the nisba adjectives (an adjective is no name that stands between words).
     */
    private static List<Part> parts(String text, EventMention event, Sentence sentence, List<Named> named,
            List<Named> taking, ParticipantRoles roles) {
        List<Named> inSentence = named.stream().filter(n -> n.mention().kind() != ActorMention.Kind.NISBA
                && sentence.span().contains(n.mention().span().start())).toList();
        List<ParticipantRoles.Named> names = inSentence.stream().map(n -> new ParticipantRoles.Named(
                n.mention().span(), kind(n.actor().type()), n.actor().arabicLabel())).toList();
        List<Optional<ParticipantRoles.Role>> decided = roles.decide(event.type(), text, event.span(),
                sentence.span(), names);
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < inSentence.size(); i++) {
            Named n = inSentence.get(i);
            if (taking.contains(n)) {
                decided.get(i).ifPresent(role -> out.add(new Part(n, role)));
            }
        }
        return List.copyOf(out);
    }

    private static ParticipantRoles.Kind kind(Node type) {
        if (PLACE_TYPES.contains(type) && !type.equals(Qawl.Country)) {
            return ParticipantRoles.Kind.PLACE;
        }
        if (type.equals(Qawl.Country)) {
            return ParticipantRoles.Kind.COUNTRY;
        }
        if (type.equals(Qawl.Person)) {
            return ParticipantRoles.Kind.PERSON;
        }
        return type.equals(Qawl.ArmedForce) ? ParticipantRoles.Kind.FORCE : ParticipantRoles.Kind.BODY;
    }

    /** «في ألماتي»، «على مدينة ألماتي»، «بألماتي»: the place is where it happens, not a party. */
    private static boolean introducesPlace(String between, String placeAsWritten) {
        return PLACE_INTRODUCER.matcher(" " + between).matches()
                || (between.isBlank() && placeAsWritten.startsWith("ب"));
    }

    private static int distance(Span a, Span b) {
        return Math.max(0, Math.max(a.start() - b.end(), b.start() - a.end()));
    }
}
