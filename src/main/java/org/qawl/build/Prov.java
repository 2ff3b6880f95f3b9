package org.qawl.build;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The PROV-O terms qawl writes (W3C PROV-O, {@code http://www.w3.org/ns/prov#}). */
final class Prov {
    static final String NS = "http://www.w3.org/ns/prov#";

    private Prov() {}

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    static final Node Entity = term("Entity");
    static final Node Activity = term("Activity");
    static final Node SoftwareAgent = term("SoftwareAgent");
    static final Node wasGeneratedBy = term("wasGeneratedBy");
    static final Node wasDerivedFrom = term("wasDerivedFrom");
    static final Node wasAssociatedWith = term("wasAssociatedWith");
    static final Node used = term("used");
    static final Node startedAtTime = term("startedAtTime");
    static final Node endedAtTime = term("endedAtTime");
}
