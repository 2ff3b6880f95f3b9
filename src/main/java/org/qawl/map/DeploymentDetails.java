package org.qawl.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.qawl.ingest.Report;
import org.qawl.text.ActorMention;
import org.qawl.text.Attribution;
import org.qawl.text.Span;
import org.qawl.vocab.Qawl;

/**
 * What a report says of a deployment, on its qawl:Deployment: the force sent, who sends it,
 * the countries that contribute units, the destination, who asked for it, its purpose and legal
 * basis, and its withdrawal. Read from the sentences that mention the deployment, with cue
 * words written down here («وحدات من»، «إلى»، «بدعوة من»، «بهدف»، «الأساس القانوني»).
 */
final class DeploymentDetails {
    /** Words after which the countries named are the ones that send units. */
    private static final Pattern CONTRIBUTION = Pattern.compile(
            "وحدات من|قوات من|جنود من|القوات المسلحة ل|بمشاركة|تضم|تتألف من|تتكون من");
    /** «بهدف حماية …»، «لتطبيع الوضع …»: what the force is sent for, up to the clause's end. */
    private static final Pattern PURPOSE = Pattern.compile(
            "(?:بهدف|بغرض|لغرض|من أجل)\\s+([^.،؛\\n]+(?:،\\s*[^.،؛\\n]+)?)");
    /** «الأساس القانوني … هو …»، «بموجب …»، «استنادا إلى …». */
    private static final Pattern MANDATE = Pattern.compile(
            "(?:الأساس القانوني[^.\\n]{0,120}?(?:هو|هي)|بموجب|استنادا إلى|استنادًا إلى)\\s+([^.\\n]+)");
    /** «إلى X»، «في شمال X»، «أراضي X»: the place a force is sent to. */
    private static final Pattern DESTINATION_BEFORE = Pattern.compile(
            "(?s).*(إلى|الى|في|فى|أراضي)(\\s+(شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي|أنحاء|مناطق|مدن))?\\s*$");
    /** Who can send a force besides an organization: a state or an armed group. */
    private static final Set<Node> SENDER_TYPES = Set.of(Qawl.Country, Qawl.Group, Qawl.GovernmentBody);
    private static final Set<Node> PLACES = Set.of(Qawl.Country, Qawl.City, Qawl.Region, Qawl.Place);

    private DeploymentDetails() {}

    static void write(Report report, Map<Node, List<EventGrounding.Grounded>> events,
            EventGrounding.Grounding grounding, List<Attribution> statements, MappingContext context, StreamRDF out) {
        String text = report.text();
        Node withdrawal = null;
        Optional<EventGrounding.Named> request = Optional.empty();
        for (Map.Entry<Node, List<EventGrounding.Grounded>> event : events.entrySet()) {
            String type = event.getValue().get(0).facts().type();
            if (type.equals("Withdrawal") && withdrawal == null) {
                withdrawal = event.getKey();
                Node withdrawalEvent = event.getKey();
                announcer(report, event.getValue(), statements, context).ifPresent(a -> {
                    out.quad(Quad.create(context.graph(), withdrawalEvent, Qawl.announcedBy, a.actor()));
                    ValueEvidence.write(report, context, out, withdrawalEvent, Qawl.announcedBy, a.actor(), a.span());
                });
            }
            if (type.equals("RequestForAssistance") && request.isEmpty()) {
                request = requester(text, event.getValue(), grounding);
            }
        }
        for (Map.Entry<Node, List<EventGrounding.Grounded>> event : events.entrySet()) {
            if (!event.getValue().get(0).facts().type().equals("Deployment")) {
                continue;
            }
            Node deployment = event.getKey();
            Emitter emit = Emitter.of(out, context.graph(), deployment);
            List<Span> sentences = event.getValue().stream().map(g -> g.sentence().span()).distinct().toList();
            Values forces = new Values();
            Map<Node, Node> forceCountries = new LinkedHashMap<>();
            Values senders = new Values();
            Values destinations = new Values();
            Values contributors = new Values();
            // who asked for it in the deployment's own words («بطلب من …»): the requester parts
            // ParticipantRoles gives, a person first
            Values askers = new Values();
            for (EventGrounding.Grounded mention : event.getValue()) {
                for (EventGrounding.Part part : mention.parts()) {
                    if (part.role() == ParticipantRoles.Role.REQUESTER) {
                        askers.add(part.named().actor().iri(), part.named().mention().span());
                        if (part.named().actor().type().equals(Qawl.Person)) {
                            askers.preferred(part.named().actor().iri());
                        }
                    }
                }
            }
            Set<Span> asking = new java.util.HashSet<>();
            askers.all().values().forEach(asking::addAll);
            for (EventGrounding.Named named : grounding.actors()) {
                Span span = named.mention().span();
                Optional<Span> sentence = sentences.stream().filter(s -> s.contains(span.start())).findFirst();
                if (sentence.isEmpty()) {
                    continue;
                }
                Node type = named.actor().type();
                Node actor = named.actor().iri();
                String before = text.substring(Math.max(sentence.get().start(), span.start() - 60), span.start());
                if (asking.contains(span)) {
                    continue;
                }
                if (type.equals(Qawl.ArmedForce) && named.mention().kind() != ActorMention.Kind.NISBA) {
                    forces.add(actor, span);
                    named.actor().country().ifPresent(country -> forceCountries.put(actor, country));
                } else if (type.equals(Qawl.Organization) && named.mention().kind() != ActorMention.Kind.NISBA) {
                    senders.add(actor, span);
                } else if (type.equals(Qawl.Country) && CONTRIBUTION.matcher(before).find()) {
                    contributors.add(actor, span);
                } else if (PLACES.contains(type) && named.mention().kind() != ActorMention.Kind.NISBA
                        && DESTINATION_BEFORE.matcher(before).matches()) {
                    destinations.add(actor, span);
                }
            }
            Evidenced evidenced = (property, value, spans) -> {
                emit.quad(property, value);
                spans.forEach(span -> ValueEvidence.write(report, context, out, deployment, property, value, span));
            };
            Optional<Node> sender = senders.top();
            if (sender.isEmpty()) {
                // no organization: the state or group the deployment's words make its agent («أرسلت السعودية قوات»)
                for (EventGrounding.Grounded mention : event.getValue()) {
                    for (EventGrounding.Part part : mention.parts()) {
                        Node type = part.named().actor().type();
                        if (part.role() == ParticipantRoles.Role.AGENT && SENDER_TYPES.contains(type)) {
                            senders.add(part.named().actor().iri(), part.named().mention().span());
                        }
                    }
                }
                sender = senders.top();
            }
            sender.ifPresent(s -> evidenced.write(Qawl.deployedBy, s, senders.spans(s)));
            Optional<Node> destination = destinations.top();
            if (destination.isPresent()) {
                evidenced.write(Qawl.destination, destination.get(), destinations.spans(destination.get()));
            } else {
                // not stated: the country the report is about, with no words to show for it
                grounding.home().ifPresent(home -> emit.quad(Qawl.destination, home));
            }
            Optional<Node> to = destination.or(grounding::home);
            // the host's own forces («مساعدة الجيش الكازاخستاني») work beside the force, they are not
            // sent; only where the report names the destination, not where it is the report's country
            forces.all().forEach((force, spans) -> {
                if (destination.isEmpty() || !Optional.ofNullable(forceCountries.get(force)).equals(destination)) {
                    evidenced.write(Qawl.force, force, spans);
                }
            });
            contributors.all().forEach((country, spans) -> {
                if (!to.equals(Optional.of(country))) {
                    evidenced.write(Qawl.contributor, country, spans);
                }
            });
            // asked in the deployment's own words («بطلب من …») first, else the request the report tells of
            Optional<Node> asker = askers.top();
            if (asker.isPresent()) {
                evidenced.write(Qawl.requestedBy, asker.get(), askers.spans(asker.get()));
            } else {
                request.ifPresent(r -> evidenced.write(Qawl.requestedBy, r.actor().iri(), List.of(r.mention().span())));
            }
            if (withdrawal != null) {
                emit.quad(Qawl.withdrawal, withdrawal);
            }
            for (Span sentence : sentences) {
                first(PURPOSE, text, sentence).ifPresent(p -> evidenced.write(Qawl.purpose,
                        Literals.arabic(p.of(text).strip()), List.of(p)));
                first(MANDATE, text, sentence).ifPresent(m -> evidenced.write(Qawl.mandate,
                        Literals.arabic(m.of(text).strip()), List.of(m)));
            }
        }
    }

    /** Writes one value and the evidence of each place the report gives it. */
    @FunctionalInterface
    private interface Evidenced {
        void write(Node property, Node value, List<Span> spans);
    }

    /** The actors found for one field, in order, with every span that names each. */
    private static final class Values {
        private final Map<Node, List<Span>> spans = new LinkedHashMap<>();
        private Node preferred;

        /** This actor is the answer whatever the counts («بطلب من الرئيس X»: the person, not his country). */
        void preferred(Node actor) {
            if (preferred == null) {
                preferred = actor;
            }
        }

        void add(Node actor, Span span) {
            spans.computeIfAbsent(actor, k -> new ArrayList<>()).add(span);
        }

        Map<Node, List<Span>> all() {
            return spans;
        }

        List<Span> spans(Node actor) {
            return spans.getOrDefault(actor, List.of());
        }

        /** The actor named most often (the first named, on a tie). */
        Optional<Node> top() {
            Node best = preferred;
            for (Map.Entry<Node, List<Span>> entry : spans.entrySet()) {
                if (best == null || (preferred == null && entry.getValue().size() > spans.get(best).size())) {
                    best = entry.getKey();
                }
            }
            return Optional.ofNullable(best);
        }
    }

    /** Who asked: the person named nearest the request («بدعوة من الرئيس …»، «نداء توكاييف»), else a country or body. */
    private static Optional<EventGrounding.Named> requester(String text, List<EventGrounding.Grounded> mentions,
            EventGrounding.Grounding grounding) {
        for (EventGrounding.Grounded mention : mentions) {
            Span trigger = mention.mention().span();
            boolean byWhom = mention.mention().span().of(text).endsWith("من"); // «بدعوة من X»
            Optional<EventGrounding.Named> nearest = grounding.actors().stream()
                    .filter(n -> n.mention().kind() != ActorMention.Kind.NISBA
                            && mention.sentence().span().contains(n.mention().span().start()))
                    // a request goes to an organization («نداء إلى الدول الأعضاء في منظمة …»), it does not make one
                    .filter(n -> !n.actor().type().equals(Qawl.Organization))
                    .filter(n -> !byWhom || n.mention().span().start() >= trigger.end())
                    .filter(n -> distance(n.mention().span(), trigger) <= 60)
                    .min((a, b) -> Integer.compare(rank(a, trigger), rank(b, trigger)));
            if (nearest.isPresent()) {
                return nearest;
            }
        }
        return Optional.empty();
    }

    private static int rank(EventGrounding.Named named, Span trigger) {
        return (named.actor().type().equals(Qawl.Person) ? 0 : 1000) + distance(named.mention().span(), trigger);
    }

    /** An actor and the words that name it. */
    private record Named(Node actor, Span span) {}

    /** Who announced a withdrawal: the speaker of the statement whose content tells of it. */
    private static Optional<Named> announcer(Report report, List<EventGrounding.Grounded> mentions,
            List<Attribution> statements, MappingContext context) {
        for (EventGrounding.Grounded mention : mentions) {
            for (Attribution statement : statements) {
                if (statement.span().contains(mention.mention().span()) && statement.speakerName().isPresent()) {
                    Span speaker = statement.speakerName().get();
                    return Optional.of(new Named(context.resolver().resolveSpeaker(speaker.of(report.text())).iri(),
                            speaker));
                }
            }
        }
        return Optional.empty();
    }

    /** Where the first match of {@code pattern} in the sentence has its group 1, without surrounding spaces. */
    private static Optional<Span> first(Pattern pattern, String text, Span sentence) {
        Matcher matcher = pattern.matcher(sentence.of(text));
        if (!matcher.find()) {
            return Optional.empty();
        }
        String group = matcher.group(1);
        int start = sentence.start() + matcher.start(1) + (group.length() - group.stripLeading().length());
        int end = sentence.start() + matcher.end(1) - (group.length() - group.stripTrailing().length());
        return Optional.of(new Span(start, end));
    }

    private static int distance(Span a, Span b) {
        return Math.max(0, Math.max(a.start() - b.end(), b.start() - a.end()));
    }
}
