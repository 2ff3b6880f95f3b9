package org.qawl.eval;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.qawl.store.ReportStore;

/** Reads the statements of a store for scoring. */
public final class StoreStatements {
    private static final String QUERY = """
            PREFIX qawl: <https://w3id.org/qawl/ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?s ?report ?speakerLabel ?speakerText ?verb ?content ?mode ?start ?end ?headline ?names
            WHERE {
              ?s a qawl:Statement ; qawl:inReport ?report ; qawl:speaker ?speaker ;
                 qawl:content ?content ; qawl:mode ?mode ; qawl:start ?start ; qawl:end ?end .
              OPTIONAL { ?s qawl:speakerText ?speakerText }
              OPTIONAL { ?s qawl:verb ?verb }
              OPTIONAL { ?s qawl:headline ?headline }
              OPTIONAL { SELECT ?speaker (SAMPLE(?l) AS ?speakerLabel)
                         WHERE { ?speaker rdfs:label ?l FILTER(langMatches(lang(?l), "ar")) }
                         GROUP BY ?speaker }
              OPTIONAL { SELECT ?speaker (GROUP_CONCAT(DISTINCT ?a; separator="|") AS ?names)
                         WHERE { ?speaker skos:altLabel ?a FILTER(langMatches(lang(?a), "ar")) }
                         GROUP BY ?speaker }
            }
            """;

    private StoreStatements() {}

    public static List<PredictedStatement> read(ReportStore store) {
        return store.read(dataset -> {
            List<PredictedStatement> out = new ArrayList<>();
            try (QueryExecution execution = QueryExecution.create(QUERY, DatasetFactory.wrap(dataset))) {
                ResultSet results = execution.execSelect();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    String report = row.getResource("report").getURI();
                    out.add(new PredictedStatement(row.getResource("s").getURI(),
                            report.substring(report.lastIndexOf('/') + 1),
                            text(row.get("speakerLabel")), text(row.get("speakerText")),
                            text(row.get("verb")), text(row.get("content")), text(row.get("mode")),
                            row.getLiteral("start").getInt(), row.getLiteral("end").getInt(),
                            row.contains("headline") && row.getLiteral("headline").getBoolean(),
                            text(row.get("names")).isEmpty() ? List.of()
                                    : List.of(text(row.get("names")).split("\\|"))));
                }
            }
            return out;
        });
    }

    private static String text(RDFNode node) {
        return node == null ? "" : node.asLiteral().getLexicalForm();
    }
}
