package org.qawl.map;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/** Writes the properties of one subject into one graph: the mappers' shorthand for a quad. */
@FunctionalInterface
interface Emitter {
    void quad(Node predicate, Node object);

    static Emitter of(StreamRDF out, Node graph, Node subject) {
        return (predicate, object) -> out.quad(Quad.create(graph, subject, predicate, object));
    }
}
