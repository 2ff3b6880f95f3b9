package org.qawl.export.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Sums statements into nodes and edges while the rows stream by; {@link #build} then numbers
 * them in a stable order. Holds one entry per node and per edge of the projection, never the
 * store's triples.
 */
final class GraphAccumulator {
    private final GraphView view;
    private final boolean directed;
    private final Map<String, NodeSums> nodes = new HashMap<>();
    private final Map<String, Integer> spoken = new HashMap<>();
    private final Map<EdgeKey, EdgeSums> edges = new HashMap<>();

    GraphAccumulator(GraphView view, boolean directed) {
        this.view = view;
        this.directed = directed;
    }

    /** Counts a statement for its speaker (whether or not the speaker ends up a node). */
    void spoke(String speaker) {
        spoken.merge(speaker, 1, Integer::sum);
    }

    /** Makes {@code iri} a node, counting a statement date for it when given. */
    void node(String iri, LocalDate date) {
        NodeSums sums = nodes.computeIfAbsent(iri, k -> new NodeSums());
        if (date != null) {
            sums.dates.add(date);
        }
    }

    /** Counts one statement that mentions {@code iri} (adds the node). */
    void mentioned(String iri, LocalDate date) {
        node(iri, date);
        nodes.get(iri).mentions++;
    }

    /** Adds one statement to the edge between {@code source} and {@code target} (and both nodes). */
    void edge(String source, String target, String kind, Claim claim, Set<String> via) {
        EdgeSums sums = edgeSums(source, target, kind);
        sums.weight++;
        sums.via.addAll(via);
        claim.verbs().forEach(v -> sums.verbs.merge(v, 1, Integer::sum));
        if (claim.report() != null) {
            sums.reports.add(claim.report());
        }
        sums.statements.add(claim.iri());
        if (claim.date() != null) {
            sums.dates.add(claim.date());
        }
    }

    /** An edge that stands for one triple (an event's role), not for statements. */
    void roleEdge(String source, String target, String predicateIri, String kind) {
        EdgeSums sums = edgeSums(source, target, kind);
        sums.weight = 1;
        sums.via.add("role");
        sums.predicate = predicateIri;
    }

    private EdgeSums edgeSums(String source, String target, String kind) {
        if (!directed && source.compareTo(target) > 0) {
            String swap = source;
            source = target;
            target = swap;
        }
        node(source, null);
        node(target, null);
        return edges.computeIfAbsent(new EdgeKey(source, target, kind), k -> new EdgeSums());
    }

    /**
     * Numbers the nodes and edges. {@code details} gives each node's label and type; nodes whose
     * type {@code keepType} refuses are left out, and so are their edges.
     */
    ProjectedGraph build(Function<String, NodeFacts> details, Function<String, Boolean> keepType) {
        Map<String, String> ids = new LinkedHashMap<>();
        List<GraphNode> nodeList = new ArrayList<>();
        for (String iri : new TreeSet<>(nodes.keySet())) {
            NodeFacts facts = details.apply(iri);
            if (!keepType.apply(facts.type())) {
                continue;
            }
            String id = "n" + nodeList.size();
            ids.put(iri, id);
            NodeSums sums = nodes.get(iri);
            TreeSet<LocalDate> dates = new TreeSet<>(sums.dates);
            dates.addAll(facts.dates());
            nodeList.add(new GraphNode(id, iri, facts.label(), facts.labelEn(), facts.type(),
                    facts.statements() >= 0 ? facts.statements() : spoken.getOrDefault(iri, 0),
                    sums.mentions, dates));
        }
        List<GraphEdge> edgeList = new ArrayList<>();
        List<EdgeKey> keys = new ArrayList<>(edges.keySet());
        keys.sort(Comparator.comparing(EdgeKey::source).thenComparing(EdgeKey::target).thenComparing(EdgeKey::kind));
        for (EdgeKey key : keys) {
            if (!ids.containsKey(key.source()) || !ids.containsKey(key.target())) {
                continue;
            }
            EdgeSums sums = edges.get(key);
            List<String> verbs = new ArrayList<>(sums.verbs.keySet());
            verbs.sort(Comparator.<String>comparingInt(v -> -sums.verbs.get(v)).thenComparing(v -> v));
            edgeList.add(new GraphEdge("e" + edgeList.size(), ids.get(key.source()), ids.get(key.target()),
                    key.kind(), sums.weight, List.copyOf(sums.via), verbs, List.copyOf(sums.reports),
                    List.copyOf(sums.statements), sums.predicate, sums.dates));
        }
        return new ProjectedGraph(view, directed, nodeList, edgeList);
    }

    Set<String> nodeIris() {
        return nodes.keySet();
    }

    /**
     * What a node needs from the store: label, English label, type, extra dates, and its number
     * of statements (negative: the number of statements it spoke).
     */
    record NodeFacts(String label, String labelEn, String type, Set<LocalDate> dates, int statements) {}

    private record EdgeKey(String source, String target, String kind) {}

    private static final class NodeSums {
        int mentions;
        final TreeSet<LocalDate> dates = new TreeSet<>();
    }

    private static final class EdgeSums {
        int weight;
        final TreeSet<String> via = new TreeSet<>();
        final Map<String, Integer> verbs = new TreeMap<>();
        final TreeSet<String> reports = new TreeSet<>();
        final List<String> statements = new ArrayList<>();
        String predicate = "";
        final TreeSet<LocalDate> dates = new TreeSet<>();
    }
}
