package org.qawl.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.LinkedHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.qawl.iri.Iris;
import org.qawl.vocab.Qawl;

/** Reads gazetteer entries out of the loaded Turtle, checking each one as it goes. */
final class GazetteerGraph {
    private GazetteerGraph() {}

    /** The graph with actor IRIs moved from the default base to {@code iris}' base. */
    static Graph rebase(Graph graph, Iris iris) {
        String from = Iris.DEFAULT_BASE + "actor/";
        String to = iris.base() + "actor/";
        if (from.equals(to)) {
            return graph;
        }
        Graph out = GraphFactory.createDefaultGraph();
        graph.find().forEach(t -> out.add(Triple.create(move(t.getSubject(), from, to),
                t.getPredicate(), move(t.getObject(), from, to))));
        return out;
    }

    private static Node move(Node node, String from, String to) {
        return node.isURI() && node.getURI().startsWith(from)
                ? NodeFactory.createURI(to + node.getURI().substring(from.length())) : node;
    }

    /**
     * Every actor in the graph by key, in key order. Each must have exactly one qawl type from
     * {@link Gazetteer#TYPES}, exactly one rdfs:label in Arabic and one in English, and at
     * most one qawl:country; a violation is a data error and stops the load.
     */
    static Map<String, GazetteerEntry> entries(Graph graph, Iris iris) {
        String prefix = iris.base() + "actor/";
        TreeSet<String> subjects = new TreeSet<>();
        graph.find().forEach(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(prefix)) {
                subjects.add(s.getURI());
            }
        });
        Map<String, GazetteerEntry> out = new TreeMap<>();
        for (String uri : subjects) {
            Node s = NodeFactory.createURI(uri);
            String key = uri.substring(prefix.length());
            List<Node> types = graph.find(s, RDF.Nodes.type, Node.ANY)
                    .mapWith(Triple::getObject).filterKeep(Gazetteer.TYPES::contains).toList();
            if (types.size() != 1) {
                throw new IllegalStateException("gazetteer: actor/" + key + " has "
                        + types.size() + " qawl types, expected exactly one");
            }
            List<Node> country = objects(graph, s, Qawl.country);
            if (country.size() > 1) {
                throw new IllegalStateException("gazetteer: actor/" + key + " has "
                        + country.size() + " countries");
            }
            out.put(key, new GazetteerEntry(key, s, types.get(0), label(graph, s, "ar", key),
                    label(graph, s, "en", key), country.stream().findFirst(),
                    objects(graph, s, Qawl.memberOf), false));
        }
        return new LinkedHashMap<>(out);
    }

    /** The literal objects of one subject and predicate. */
    static List<Node> literals(Graph graph, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        graph.find(s, p, Node.ANY).forEach(t -> {
            if (t.getObject().isLiteral()) {
                out.add(t.getObject());
            }
        });
        return out;
    }

    private static List<Node> objects(Graph graph, Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static String label(Graph graph, Node s, String lang, String key) {
        List<String> labels = literals(graph, s, RDFS.Nodes.label).stream()
                .filter(l -> lang.equals(l.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm).toList();
        Optional<String> only = labels.size() == 1 ? Optional.of(labels.get(0)) : Optional.empty();
        return only.orElseThrow(() -> new IllegalStateException("gazetteer: actor/" + key
                + " has " + labels.size() + " rdfs:label @" + lang + ", expected exactly one"));
    }
}
