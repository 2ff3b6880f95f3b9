package org.qawl.export.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

/**
 * An edge of a projection, with what it takes to go back to the knowledge graph: the IRIs of
 * the statements it sums up (or, for an event role, the predicate linking the two nodes).
 *
 * @param id short id in the file ({@code e0} ...)
 * @param source node id
 * @param target node id
 * @param kind {@code mentions} (speaker to actor), {@code co-occurs} (same statement),
 *     {@code about} (speaker to event) or an event role ({@code participant} ...)
 * @param weight number of statements (1 for an event role)
 * @param via how the link was found: {@code about}, {@code addressee}, {@code mention}
 *     (a qawl:Mention inside the content span), {@code text} (a label of the actor occurs in the
 *     content), {@code speaker}, {@code role}
 * @param verbs speech-verb lemmas, most frequent first
 * @param reports report IRIs
 * @param statementIris statement IRIs
 * @param predicate for an event role, the predicate IRI; else empty
 * @param dates days of the statements
 */
public record GraphEdge(String id, String source, String target, String kind, int weight,
        List<String> via, List<String> verbs, List<String> reports, List<String> statementIris,
        String predicate, SortedSet<LocalDate> dates) {

    public String firstDate() {
        return dates.isEmpty() ? "" : dates.first().toString();
    }

    public String lastDate() {
        return dates.isEmpty() ? "" : dates.last().toString();
    }
}
