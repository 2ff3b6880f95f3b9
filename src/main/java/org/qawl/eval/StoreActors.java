package org.qawl.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.qawl.store.ReportStore;

/** Reads, per report, the actors of a store and every name the report gives them. */
public final class StoreActors {
    /** One actor as named in one report. */
    public record ReportActor(String report, String iri, String type, List<String> names) {}

    private static final String QUERY = """
            PREFIX qawl: <https://w3id.org/qawl/ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?report ?actor ?name ?type WHERE {
              { ?actor qawl:mentionedAs ?m . ?m qawl:inReport ?report ; rdfs:label ?name }
              UNION { ?s qawl:speaker ?actor ; qawl:inReport ?report ; qawl:speakerText ?name
                      FILTER(STR(?name) != "") }
              UNION { ?s qawl:speaker ?actor ; qawl:inReport ?report . ?actor rdfs:label ?name
                      FILTER(langMatches(lang(?name), "ar")) }
              UNION { ?s qawl:addressee ?actor ; qawl:inReport ?report . ?actor rdfs:label ?name
                      FILTER(langMatches(lang(?name), "ar")) }
              OPTIONAL { ?actor a ?type FILTER(STRSTARTS(STR(?type), STR(qawl:)) && ?type != qawl:Actor) }
            }
            """;

    private StoreActors() {}

    public static List<ReportActor> read(ReportStore store) {
        return store.read(dataset -> {
            Map<String, String> types = new LinkedHashMap<>();
            Map<String, List<String>> names = new LinkedHashMap<>();
            try (QueryExecution execution = QueryExecution.create(QUERY, DatasetFactory.wrap(dataset))) {
                ResultSet results = execution.execSelect();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    String report = row.getResource("report").getURI();
                    String key = report.substring(report.lastIndexOf('/') + 1) + "\t"
                            + row.getResource("actor").getURI();
                    names.computeIfAbsent(key, k -> new ArrayList<>()).add(row.getLiteral("name").getLexicalForm());
                    if (row.contains("type")) {
                        String type = row.getResource("type").getLocalName();
                        types.merge(key, type, (a, b) -> a.equals("Place") ? b : a);
                    }
                }
            }
            List<ReportActor> out = new ArrayList<>();
            names.forEach((key, list) -> {
                String[] parts = key.split("\t");
                out.add(new ReportActor(parts[0], parts[1], types.getOrDefault(key, "Actor"),
                        list.stream().distinct().toList()));
            });
            return out;
        });
    }
}
