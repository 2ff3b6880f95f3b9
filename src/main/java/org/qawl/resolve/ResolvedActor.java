package org.qawl.resolve;

import org.apache.jena.graph.Node;

/** An actor IRI with the label and class to publish for it. */
public record ResolvedActor(Node iri, String arabicLabel, Node type) {}
