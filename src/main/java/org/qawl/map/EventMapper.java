package org.qawl.map;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.qawl.event.EventFacts;
import org.qawl.event.EventTypes;
import org.qawl.event.SameEvent;
import org.qawl.ingest.Report;
import org.qawl.text.Attribution;
import org.qawl.text.Mentions;
import org.qawl.text.Span;
import org.qawl.vocab.Qawl;

/**
 * One qawl:Event per event the report tells of: its mentions grouped by the merge rule of
 * {@link SameEvent} (a mention with no party of its own, «الاتصال», joins the last event of its
 * type), each with type, place, date, participants, the report and every mention's span.
 * A participant whose part {@link ParticipantRoles} decides is also written with that part
 * (qawl:agent, qawl:target, qawl:requester, qawl:party: sub-properties of qawl:participant, so
 * plain qawl:participant stays too); when the mentions disagree, the part most of them give wins
 * (the earliest on a tie). Statements whose content names an event are linked to it with
 * qawl:about.
 */
public final class EventMapper implements Mapper {
    /** How far (UTF-16 chars) from an event's words a number in the same sentence still counts for it. */
    static final int COUNT_WINDOW = 90;
    private final EventTypes types;
    private final ParticipantRoles roles;

    public EventMapper(EventTypes types) {
        this(types, ParticipantRoles.load());
    }

    public EventMapper(EventTypes types, ParticipantRoles roles) {
        this.types = types;
        this.roles = roles;
    }

    /** Mentions of one event in one report, and what they say of it together. */
    private static final class Cluster {
        final List<EventGrounding.Grounded> members = new ArrayList<>();
        EventFacts facts;

        Cluster(EventGrounding.Grounded first) {
            members.add(first);
            facts = first.facts();
        }

        void add(EventGrounding.Grounded next) {
            members.add(next);
            EventFacts f = next.facts();
            Set<Node> principals = new LinkedHashSet<>(facts.principals());
            principals.addAll(f.principals());
            boolean stated = facts.placeStated() || f.placeStated();
            facts = new EventFacts(facts.type(), facts.placeStated() ? facts.place() : f.placeStated() ? f.place() : facts.place(),
                    stated, facts.date().isPresent() ? facts.date() : f.date(), facts.endDate().or(f::endDate),
                    Set.copyOf(principals));
        }
    }

    @Override
    public void map(Report report, Mentions mentions, MappingContext context, StreamRDF out) {
        List<Cluster> clusters = new ArrayList<>();
        EventGrounding.Grounding grounding = EventGrounding.ground(report, mentions, context, roles);
        for (EventGrounding.Grounded grounded : grounding.events()) {
            if (!types.contains(grounded.mention().type())) {
                continue;
            }
            Cluster target = null;
            if (grounded.facts().identifiedByParticipants() && grounded.facts().principals().isEmpty()) {
                target = last(clusters, grounded.facts().type());
            }
            for (int i = clusters.size() - 1; target == null && i >= 0; i--) {
                if (SameEvent.compatible(clusters.get(i).facts, grounded.facts())) {
                    target = clusters.get(i);
                }
            }
            if (target == null) {
                clusters.add(new Cluster(grounded));
            } else {
                target.add(grounded);
            }
        }
        PublishedStatements published = PublishedStatements.of(report, mentions, context);
        List<Attribution> statements = published.attributions();
        List<org.qawl.text.Quantity> counts = CountMapper.published(mentions);
        Map<Node, List<EventGrounding.Grounded>> written = new java.util.LinkedHashMap<>();
        for (Cluster cluster : clusters) {
            Node event = write(report, cluster, context, out);
            written.put(event, cluster.members);
            for (Attribution statement : statements) {
                if (cluster.members.stream().anyMatch(m -> statement.span().contains(m.mention().span()))) {
                    out.quad(Quad.create(context.graph(), published.iri(statement), Qawl.about, event));
                }
            }
        }
        // each number counts for the nearest event named in its sentence
        for (org.qawl.text.Quantity quantity : counts) {
            Node nearest = null;
            int best = COUNT_WINDOW + 1;
            String type = "";
            for (Map.Entry<Node, List<EventGrounding.Grounded>> event : written.entrySet()) {
                for (EventGrounding.Grounded m : event.getValue()) {
                    int distance = Math.abs(quantity.span().start() - m.mention().span().start());
                    if (m.sentence().span().contains(quantity.span().start()) && distance < best) {
                        best = distance;
                        nearest = event.getKey();
                        type = m.facts().type();
                    }
                }
            }
            if (nearest != null) {
                Node count = context.iris().count(report.id(), context.codePoints().offset(quantity.span().start()));
                out.quad(Quad.create(context.graph(), nearest, Qawl.count, count));
                if (type.equals("Deployment") && quantity.unitClass().equals("troops")) {
                    out.quad(Quad.create(context.graph(), nearest, Qawl.troops, count));
                } else if (type.equals("Deployment") && quantity.unitClass().equals("equipment")) {
                    out.quad(Quad.create(context.graph(), nearest, Qawl.equipment, count));
                }
            }
        }
        EventDurations.write(report, written, DurationMapper.durations(mentions), context, out);
        DeploymentDetails.write(report, written, grounding, statements, context, out);
    }

    /** Each participant's part in the cluster: the one most of its mentions give, the earliest on a tie. */
    private static Map<Node, ParticipantRoles.Role> parts(Cluster cluster) {
        Map<Node, Map<ParticipantRoles.Role, Integer>> votes = new java.util.LinkedHashMap<>();
        for (EventGrounding.Grounded member : cluster.members) {
            for (EventGrounding.Part part : member.parts()) {
                votes.computeIfAbsent(part.named().actor().iri(), k -> new java.util.LinkedHashMap<>())
                        .merge(part.role(), 1, Integer::sum);
            }
        }
        Map<Node, ParticipantRoles.Role> out = new java.util.LinkedHashMap<>();
        votes.forEach((actor, byRole) -> {
            ParticipantRoles.Role best = null;
            for (Map.Entry<ParticipantRoles.Role, Integer> vote : byRole.entrySet()) {
                if (best == null || vote.getValue() > byRole.get(best)) {
                    best = vote.getKey();
                }
            }
            out.put(actor, best);
        });
        return out;
    }

    static Node property(ParticipantRoles.Role role) {
        return switch (role) {
            case AGENT -> Qawl.agent;
            case TARGET -> Qawl.target;
            case REQUESTER -> Qawl.requester;
            case PARTY -> Qawl.party;
        };
    }

    private static Cluster last(List<Cluster> clusters, String type) {
        for (int i = clusters.size() - 1; i >= 0; i--) {
            if (clusters.get(i).facts.type().equals(type)) {
                return clusters.get(i);
            }
        }
        return null;
    }

    private Node write(Report report, Cluster cluster, MappingContext context, StreamRDF out) {
        String text = report.text();
        Node graph = context.graph();
        EventGrounding.Grounded first = cluster.members.get(0);
        Node event = context.iris().reportEvent(report.id(), context.codePoints().offset(first.mention().span().start()));
        Emitter emit = Emitter.of(out, graph, event);
        String type = cluster.facts.type();
        emit.quad(RDF.type.asNode(), types.top(type).equals("Deployment") ? Qawl.Deployment : Qawl.Event);
        emit.quad(Qawl.eventType, types.iri(type));
        emit.quad(RDFS.label.asNode(), Literals.arabic(types.arabicLabel(type)));
        emit.quad(RDFS.label.asNode(), org.apache.jena.graph.NodeFactory.createLiteralLang(types.englishLabel(type), "en"));
        emit.quad(Qawl.reportedIn, context.iris().report(report.id()));
        cluster.facts.place().ifPresent(place -> emit.quad(Qawl.place, place));
        cluster.facts.date().ifPresent(date -> emit.quad(Qawl.date, Literals.date(date.toString())));
        cluster.facts.endDate().ifPresent(date -> emit.quad(Qawl.endDate, Literals.date(date.toString())));
        Set<Node> participants = new LinkedHashSet<>();
        cluster.members.forEach(m -> participants.addAll(m.participants()));
        participants.forEach(p -> emit.quad(Qawl.participant, p));
        parts(cluster).forEach((actor, role) -> emit.quad(property(role), actor));
        Optional<Span> time = cluster.members.stream().flatMap(m -> m.time().stream())
                .filter(t -> t.date().isEmpty()).map(t -> t.span()).findFirst();
        if (cluster.facts.date().isEmpty()) {
            // said but not resolvable (a relative day in an undated report): kept as written
            time.ifPresent(span -> emit.quad(Qawl.dateText, Literals.arabic(span.of(text))));
        }
        double confidence = 0;
        for (EventGrounding.Grounded member : cluster.members) {
            Span span = member.mention().span();
            emit.quad(Qawl.eventMention, MentionNode.write(report, span, context, out));
            confidence = Math.max(confidence, span.of(text).contains(" ") ? 0.8 : 0.6);
        }
        emit.quad(Qawl.rule, Literals.string("event-trigger"));
        emit.quad(Qawl.confidence, Literals.decimal(confidence));
        return event;
    }
}
