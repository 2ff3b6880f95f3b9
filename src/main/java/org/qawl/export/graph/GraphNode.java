package org.qawl.export.graph;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * A node of a projection: an actor or an event.
 *
 * @param id short id in the file ({@code n0}, {@code n1} ...; GraphML ids must be XML name tokens)
 * @param iri the resource in the knowledge graph
 * @param label Arabic label (the IRI's last segment when the store has none)
 * @param labelEn English label, empty when unknown
 * @param type local name of the most specific qawl class ({@code Person}, {@code Event} ...)
 * @param statements statements the actor made (for an event: statements about it)
 * @param mentions statements that mention the node (about, addressee, named in the content)
 * @param dates days of those statements (and of an event itself), for timelines
 */
public record GraphNode(String id, String iri, String label, String labelEn, String type,
        int statements, int mentions, SortedSet<LocalDate> dates) {

    public String firstDate() {
        return dates.isEmpty() ? "" : dates.first().toString();
    }

    public String lastDate() {
        return dates.isEmpty() ? "" : dates.last().toString();
    }
}
