package org.qawl.export.validate;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.validation.Severity;

/**
 * One SHACL result, with the graph it was found in. {@code path} is the property path as SPARQL
 * writes it (empty for a node-level constraint); {@code value} may be null.
 */
public record ValidationIssue(Node graph, Node focusNode, String path, String message, Node value,
        Severity severity) {

    public boolean isViolation() {
        return severity == Severity.Violation;
    }
}
