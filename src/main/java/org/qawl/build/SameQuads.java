package org.qawl.build;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.Quad;

/**
 * Quads compared as a store keeps them. TDB2 stores numbers, dates and booleans by value and
 * gives them back in canonical form ("0.60"^^xsd:decimal comes back as "0.6"), so a freshly
 * extracted graph is compared with the stored one after the same canonicalization.
 */
final class SameQuads {
    private SameQuads() {}

    static Set<Quad> asStored(Collection<Quad> quads) {
        Set<Quad> out = new HashSet<>(quads.size() * 2);
        for (Quad quad : quads) {
            out.add(Quad.create(quad.getGraph(), quad.getSubject(), quad.getPredicate(), canonical(quad.getObject())));
        }
        return out;
    }

    private static Node canonical(Node node) {
        return node.isLiteral() ? CanonicalizeLiteral.get().apply(node) : node;
    }
}
