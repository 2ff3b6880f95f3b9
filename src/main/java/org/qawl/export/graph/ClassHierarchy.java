package org.qawl.export.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.RDFS;
import org.qawl.vocab.Qawl;

/**
 * The qawl classes and their rdfs:subClassOf links, read from the ontology shipped in the jar,
 * so a class added to the ontology (a new kind of actor) is picked up without code changes.
 */
final class ClassHierarchy {
    private static final String RESOURCE = "/qawl/ontology/qawl.ttl";
    private static final ClassHierarchy INSTANCE = load();

    private final Map<Node, Set<Node>> parents;

    private ClassHierarchy(Map<Node, Set<Node>> parents) {
        this.parents = parents;
    }

    static ClassHierarchy qawl() {
        return INSTANCE;
    }

    /** The classes under {@code root} (root included), in a stable order. */
    List<Node> classesUnder(Node root) {
        Set<Node> all = new HashSet<>(parents.keySet());
        all.add(root);
        List<Node> out = new ArrayList<>();
        for (Node c : all) {
            if (isA(c, root)) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparing(Node::getURI));
        return out;
    }

    /** Whether {@code c} is {@code root} or one of its subclasses. */
    boolean isA(Node c, Node root) {
        if (c.equals(root)) {
            return true;
        }
        for (Node parent : parents.getOrDefault(c, Set.of())) {
            if (isA(parent, root)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The most specific qawl class among {@code types} (the deepest in the hierarchy; ties by
     * IRI), as a local name; {@code fallback} when none is a qawl class.
     */
    String mostSpecific(Collection<Node> types, String fallback) {
        Node best = null;
        int bestDepth = -1;
        for (Node t : types) {
            if (!t.isURI() || !t.getURI().startsWith(Qawl.NS)) {
                continue;
            }
            int depth = depth(t);
            if (depth > bestDepth || (depth == bestDepth && t.getURI().compareTo(best.getURI()) < 0)) {
                best = t;
                bestDepth = depth;
            }
        }
        return best == null ? fallback : best.getLocalName();
    }

    private int depth(Node c) {
        int deepest = 0;
        for (Node parent : parents.getOrDefault(c, Set.of())) {
            deepest = Math.max(deepest, 1 + depth(parent));
        }
        return deepest;
    }

    private static ClassHierarchy load() {
        Map<Node, Set<Node>> parents = new HashMap<>();
        try (InputStream in = ClassHierarchy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    if (t.getPredicate().equals(RDFS.subClassOf.asNode()) && isQawl(t.getSubject())
                            && isQawl(t.getObject())) {
                        parents.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject());
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ClassHierarchy(parents);
    }

    private static boolean isQawl(Node n) {
        return n.isURI() && n.getURI().startsWith(Qawl.NS);
    }
}
