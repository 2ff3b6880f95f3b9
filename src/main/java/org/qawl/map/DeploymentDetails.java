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
    private static final Set<Node> PLACES = Set.of(Qawl.Country, Qawl.City, Qawl.Region, Qawl.Place);

    private DeploymentDetails() {}

    static void write(Report report, Map<Node, List<EventGrounding.Grounded>> events,
            EventGrounding.Grounding grounding, List<Attribution> statements, MappingContext context, StreamRDF out) {
        String text = report.text();
        Node withdrawal = null;
        Node request = null;
        for (Map.Entry<Node, List<EventGrounding.Grounded>> event : events.entrySet()) {
            String type = event.getValue().get(0).facts().type();
            if (type.equals("Withdrawal") && withdrawal == null) {
                withdrawal = event.getKey();
                announcer(report, event.getValue(), statements, context)
                        .ifPresent(a -> out.quad(Quad.create(context.graph(), event.getKey(), Qawl.announcedBy, a)));
            }
            if (type.equals("RequestForAssistance") && request == null) {
                request = requester(text, event.getValue(), grounding).orElse(null);
            }
        }
        for (Map.Entry<Node, List<EventGrounding.Grounded>> event : events.entrySet()) {
            if (!event.getValue().get(0).facts().type().equals("Deployment")) {
                continue;
            }
            Node deployment = event.getKey();
            Emitter emit = Emitter.of(out, context.graph(), deployment);
            List<Span> sentences = event.getValue().stream().map(g -> g.sentence().span()).distinct().toList();
            Set<Node> forces = new LinkedHashSet<>();
            Map<Node, Integer> senders = new LinkedHashMap<>();
            Map<Node, Integer> destinations = new LinkedHashMap<>();
            Set<Node> contributors = new LinkedHashSet<>();
            for (EventGrounding.Named named : grounding.actors()) {
                Span span = named.mention().span();
                Optional<Span> sentence = sentences.stream().filter(s -> s.contains(span.start())).findFirst();
                if (sentence.isEmpty()) {
                    continue;
                }
                Node type = named.actor().type();
                String before = text.substring(Math.max(sentence.get().start(), span.start() - 60), span.start());
                if (type.equals(Qawl.ArmedForce) && named.mention().kind() != ActorMention.Kind.NISBA) {
                    forces.add(named.actor().iri());
                } else if (type.equals(Qawl.Organization) && named.mention().kind() != ActorMention.Kind.NISBA) {
                    senders.merge(named.actor().iri(), 1, Integer::sum);
                } else if (type.equals(Qawl.Country) && CONTRIBUTION.matcher(before).find()) {
                    contributors.add(named.actor().iri());
                } else if (PLACES.contains(type) && named.mention().kind() != ActorMention.Kind.NISBA
                        && before.matches("(?s).*(إلى|الى|في|فى|أراضي)\\s*$")) {
                    destinations.merge(named.actor().iri(), 1, Integer::sum);
                }
            }
            forces.forEach(f -> emit.quad(Qawl.force, f));
            top(senders).ifPresent(s -> emit.quad(Qawl.deployedBy, s));
            Optional<Node> destination = top(destinations).or(grounding::home);
            destination.ifPresent(d -> emit.quad(Qawl.destination, d));
            contributors.stream().filter(c -> !destination.equals(Optional.of(c)))
                    .forEach(c -> emit.quad(Qawl.contributor, c));
            if (request != null) {
                emit.quad(Qawl.requestedBy, request);
            }
            if (withdrawal != null) {
                emit.quad(Qawl.withdrawal, withdrawal);
            }
            for (Span sentence : sentences) {
                String words = sentence.of(text);
                first(PURPOSE, words).ifPresent(p -> emit.quad(Qawl.purpose, Literals.arabic(p)));
                first(MANDATE, words).ifPresent(m -> emit.quad(Qawl.mandate, Literals.arabic(m)));
            }
        }
    }

    /** Who asked: the person named nearest the request («بدعوة من الرئيس …»، «نداء توكاييف»), else a country or body. */
    private static Optional<Node> requester(String text, List<EventGrounding.Grounded> mentions, EventGrounding.Grounding grounding) {
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
                return Optional.of(nearest.get().actor().iri());
            }
        }
        return Optional.empty();
    }

    private static int rank(EventGrounding.Named named, Span trigger) {
        return (named.actor().type().equals(Qawl.Person) ? 0 : 1000) + distance(named.mention().span(), trigger);
    }

    /** Who announced a withdrawal: the speaker of the statement whose content tells of it. */
    private static Optional<Node> announcer(Report report, List<EventGrounding.Grounded> mentions,
            List<Attribution> statements, MappingContext context) {
        for (EventGrounding.Grounded mention : mentions) {
            for (Attribution statement : statements) {
                if (statement.span().contains(mention.mention().span()) && statement.speakerName().isPresent()) {
                    return Optional.of(context.resolver().resolveSpeaker(
                            statement.speakerName().get().of(report.text())).iri());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    private static Optional<Node> top(Map<Node, Integer> votes) {
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static int distance(Span a, Span b) {
        return Math.max(0, Math.max(a.start() - b.end(), b.start() - a.end()));
    }
}
