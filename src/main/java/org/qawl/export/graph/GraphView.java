package org.qawl.export.graph;

/** Which projection of the knowledge graph to draw. */
public enum GraphView {
    /** Speakers linked to the actors their statements mention. */
    SPEAKERS,
    /** Actors that occur in the same sentence. */
    MENTIONS,
    /** Actors and the events they take part in or speak about. */
    EVENTS
}
