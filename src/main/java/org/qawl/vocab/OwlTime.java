package org.qawl.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms of W3C OWL-Time (https://www.w3.org/TR/owl-time/) that qawl data uses. */
public final class OwlTime {
    public static final String NS = "http://www.w3.org/2006/time#";
    /** A length of time as an xsd:duration literal («في غضون يومين» → "P2D"). */
    public static final Node hasXSDDuration = NodeFactory.createURI(NS + "hasXSDDuration");

    private OwlTime() {}
}
