package org.qawl.export.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.FmtUtils;
import org.qawl.vocab.Qawl;

/**
 * Projects the knowledge graph onto a network (see {@link GraphView}). Everything is read with
 * SPARQL SELECTs over the union default graph, row by row; call {@link #project} inside a read
 * transaction.
 *
 * <ul>
 *   <li><b>speakers</b>: an edge from a statement's speaker to every actor the statement
 *       mentions: its qawl:about and qawl:addressee actors, actors with a qawl:Mention inside
 *       the content span, and actors whose Arabic label or alternative label occurs in the
 *       content ({@link LabelIndex}). Weight = statements. Every speaker is a node.
 *   <li><b>mentions</b>: actors that occur together, one undirected edge per pair, weight =
 *       statements in which both occur. Until the store has sentence-level actor mentions,
 *       a statement stands for the sentence: its speaker plus the actors its content mentions.
 *   <li><b>events</b>: events with their participants (one edge each, named by its part —
 *       agent, target, requester, party — or qawl:participant when no part is known, and the deployment
 *       roles) and the speakers who talk about them (qawl:about). Empty until the store has
 *       events.
 * </ul>
 */
public final class GraphProjector {
    private static final List<Node> EVENT_ROLES = List.of(Qawl.participant, Qawl.agent, Qawl.target, Qawl.requester,
            Qawl.party, Qawl.force, Qawl.deployedBy, Qawl.contributor, Qawl.requestedBy, Qawl.destination, Qawl.place);

    private final DatasetGraph dataset;
    private final ClassHierarchy classes = ClassHierarchy.qawl();

    public GraphProjector(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    public ProjectedGraph project(GraphView view, GraphFilter filter) {
        Set<String> events = typed(classes.classesUnder(Qawl.Event));
        GraphAccumulator graph = new GraphAccumulator(view, view != GraphView.MENTIONS);
        LabelIndex labels = view == GraphView.EVENTS ? new LabelIndex() : labelIndex();
        Map<String, Integer> aboutEvent = new HashMap<>();
        ClaimStream.forEach(dataset, claim -> {
            if (!filter.keeps(claim.report(), claim.date())) {
                return;
            }
            graph.spoke(claim.speaker());
            switch (view) {
                case SPEAKERS -> {
                    graph.node(claim.speaker(), claim.date());
                    actorsMentioned(claim, events, labels).forEach((actor, via) -> {
                        graph.mentioned(actor, claim.date());
                        graph.edge(claim.speaker(), actor, "mentions", claim, via);
                    });
                }
                case MENTIONS -> {
                    Map<String, Set<String>> together = new LinkedHashMap<>();
                    together.put(claim.speaker(), Set.of("speaker"));
                    together.putAll(actorsMentioned(claim, events, labels));
                    graph.node(claim.speaker(), claim.date());
                    List<String> actors = List.copyOf(together.keySet());
                    for (int i = 0; i < actors.size(); i++) {
                        if (i > 0) {
                            graph.mentioned(actors.get(i), claim.date());
                        }
                        for (int j = i + 1; j < actors.size(); j++) {
                            Set<String> via = new HashSet<>(together.get(actors.get(i)));
                            via.addAll(together.get(actors.get(j)));
                            graph.edge(actors.get(i), actors.get(j), "co-occurs", claim, via);
                        }
                    }
                }
                case EVENTS -> claim.links().forEach((linked, via) -> {
                    if (events.contains(linked) && via.contains("about")) {
                        graph.node(claim.speaker(), claim.date());
                        graph.mentioned(linked, claim.date());
                        aboutEvent.merge(linked, 1, Integer::sum);
                        graph.edge(claim.speaker(), linked, "about", claim, Set.of("about"));
                    }
                });
            }
        });
        if (view == GraphView.EVENTS) {
            addEventRoles(graph, events, filter);
        }
        Map<String, NodeDetails.Details> details = NodeDetails.of(dataset, graph.nodeIris());
        return graph.build(iri -> {
            NodeDetails.Details d = details.get(iri);
            boolean event = events.contains(iri);
            String type = classes.mostSpecific(d.types(), event ? "Event" : "Actor");
            return new GraphAccumulator.NodeFacts(d.label(), d.labelEn(), type,
                    event ? d.dates() : Set.of(), event ? aboutEvent.getOrDefault(iri, 0) : -1);
        }, filter::keepsType);
    }

    /** Actors a statement mentions, with how: links from the store, then names in its content. */
    private static Map<String, Set<String>> actorsMentioned(Claim claim, Set<String> events, LabelIndex labels) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        claim.links().forEach((linked, via) -> {
            if (!events.contains(linked)) {
                out.computeIfAbsent(linked, k -> new LinkedHashSet<>()).addAll(via);
            }
        });
        for (String actor : labels.find(claim.content())) {
            out.computeIfAbsent(actor, k -> new LinkedHashSet<>()).add("text");
        }
        out.remove(claim.speaker());
        return out;
    }

    /** Every event the filter keeps, and an edge per role (event → actor). */
    private void addEventRoles(GraphAccumulator graph, Set<String> events, GraphFilter filter) {
        Map<String, NodeDetails.Details> details = NodeDetails.of(dataset, events);
        StringBuilder roles = new StringBuilder();
        EVENT_ROLES.forEach(p -> roles.append(FmtUtils.stringForNode(p)).append(' '));
        String query = "SELECT ?e ?p ?a WHERE { VALUES ?p { " + roles + "} ?e ?p ?a FILTER(isIRI(?a)) }";
        Map<String, Map<String, String>> edges = new TreeMap<>();
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
            ResultSet rows = execution.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                String event = row.getResource("e").getURI();
                if (events.contains(event)) {
                    edges.computeIfAbsent(event, k -> new TreeMap<>())
                            .put(row.getResource("a").getURI() + " " + row.getResource("p").getURI(),
                                    row.getResource("p").getLocalName());
                }
            }
        }
        for (String event : events) {
            NodeDetails.Details d = details.get(event);
            boolean inReports = filter.reports().isEmpty()
                    || d.reports().stream().anyMatch(filter.reports()::contains);
            boolean inDates = d.dates().isEmpty() ? filter.keepsDay(null)
                    : d.dates().stream().anyMatch(filter::keepsDay);
            if (!inReports || !inDates) {
                continue;
            }
            graph.node(event, null);
            Map<String, String> eventEdges = edges.getOrDefault(event, Map.of());
            Set<String> withPart = new HashSet<>();
            eventEdges.forEach((actorAndPredicate, role) -> {
                if (!role.equals("participant")) {
                    withPart.add(actorAndPredicate.substring(0, actorAndPredicate.indexOf(' ')));
                }
            });
            eventEdges.forEach((actorAndPredicate, role) -> {
                int space = actorAndPredicate.indexOf(' ');
                String actor = actorAndPredicate.substring(0, space);
                // an agent or target is a participant too: one edge, named by its part
                if (!role.equals("participant") || !withPart.contains(actor)) {
                    graph.roleEdge(event, actor, actorAndPredicate.substring(space + 1), role);
                }
            });
        }
    }

    /** Subjects typed with one of {@code types}. */
    private Set<String> typed(List<Node> types) {
        Set<String> out = new HashSet<>();
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                .query("SELECT DISTINCT ?x WHERE { VALUES ?t { " + values(types) + "} ?x a ?t }").build()) {
            execution.execSelect().forEachRemaining(row -> out.add(row.getResource("x").getURI()));
        }
        return out;
    }

    /** The Arabic labels and alternative labels of every typed actor, for naming in content. */
    private LabelIndex labelIndex() {
        String query = """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?a ?l ?primary WHERE {
                  VALUES ?t { %s }
                  ?a a ?t .
                  { ?a rdfs:label ?l BIND(true AS ?primary) } UNION { ?a skos:altLabel ?l BIND(false AS ?primary) }
                  FILTER(isIRI(?a) && (langMatches(lang(?l), "ar") || lang(?l) = ""))
                }
                """.formatted(values(classes.classesUnder(Qawl.Actor)));
        LabelIndex index = new LabelIndex();
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
            execution.execSelect().forEachRemaining(row -> index.add(row.getResource("a").getURI(),
                    row.getLiteral("l").getLexicalForm(), row.getLiteral("primary").getBoolean()));
        }
        return index;
    }

    private static String values(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        nodes.forEach(n -> out.append(FmtUtils.stringForNode(n)).append(' '));
        return out.toString();
    }
}
