package org.qawl.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.qawl.event.EventTypes;
import org.qawl.store.ReportStore;

/** The merged events of a store with the spans of every mention of each, for scoring. */
public final class StoreEvents {
    /** A mention: report id and code-point span. */
    public record Span(String report, int start, int end) {}

    /** A merged event: its type (the top concept of the event-type scheme) and its mentions. */
    public record PredictedEvent(String iri, String type, List<Span> mentions) {}

    private static final String QUERY = """
            PREFIX qawl: <https://w3id.org/qawl/ns#>
            SELECT ?event ?type ?report ?start ?end WHERE {
              ?account qawl:mergedInto ?event ; qawl:eventMention ?m .
              ?event qawl:eventType ?type .
              ?m qawl:inReport ?report ; qawl:start ?start ; qawl:end ?end .
            } ORDER BY ?event ?report ?start
            """;

    private StoreEvents() {}

    public static List<PredictedEvent> read(ReportStore store, EventTypes types) {
        return store.read(dataset -> {
            Map<String, String> typeOf = new LinkedHashMap<>();
            Map<String, List<Span>> mentions = new LinkedHashMap<>();
            try (QueryExecution execution = QueryExecution.create(QUERY, DatasetFactory.wrap(dataset))) {
                ResultSet rows = execution.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    String event = row.getResource("event").getURI();
                    String type = row.getResource("type").getURI().substring(EventTypes.NS.length());
                    typeOf.put(event, types.top(type));
                    String report = row.getResource("report").getURI();
                    mentions.computeIfAbsent(event, k -> new ArrayList<>()).add(new Span(
                            report.substring(report.lastIndexOf('/') + 1),
                            row.getLiteral("start").getInt(), row.getLiteral("end").getInt()));
                }
            }
            List<PredictedEvent> out = new ArrayList<>();
            typeOf.forEach((event, type) -> out.add(new PredictedEvent(event, type, List.copyOf(mentions.get(event)))));
            return out;
        });
    }

    /** The text of each report in the store, by report id. */
    public static Map<String, String> texts(ReportStore store) {
        String query = """
                PREFIX qawl: <https://w3id.org/qawl/ns#>
                SELECT ?report ?text WHERE { ?report a qawl:Report ; qawl:text ?text }
                """;
        return store.read(dataset -> {
            Map<String, String> texts = new LinkedHashMap<>();
            try (QueryExecution execution = QueryExecution.create(query, DatasetFactory.wrap(dataset))) {
                ResultSet rows = execution.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    String report = row.getResource("report").getURI();
                    texts.put(report.substring(report.lastIndexOf('/') + 1), row.getLiteral("text").getLexicalForm());
                }
            }
            return texts;
        });
    }
}
