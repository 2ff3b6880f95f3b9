package org.qawl.resolve;

import org.apache.jena.graph.Node;

/**
 * An actor IRI with the label and class to publish for it; {@code role} is the title it was
 * named with («وزير الخارجية»), empty when none.
 */
public record ResolvedActor(Node iri, String arabicLabel, Node type, String role) {
    public ResolvedActor(Node iri, String arabicLabel, Node type) {
        this(iri, arabicLabel, type, "");
    }
}
