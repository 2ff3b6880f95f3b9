package org.qawl.export.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Reads the statements of the store one at a time with a SPARQL SELECT over the union default
 * graph, and hands each one, with its verbs, date and linked resources, to a consumer. The
 * optional parts (qawl:about, qawl:addressee, qawl:date on the statement, qawl:Mention spans)
 * simply yield nothing while the store has none. Rows come sorted by statement, so the rows of
 * one statement are adjacent and only one statement is held at a time.
 */
final class ClaimStream {
    static final String QUERY = """
            PREFIX qawl: <https://w3id.org/qawl/ns#>
            SELECT ?s ?speaker ?report ?content ?verb ?date ?linked ?via WHERE {
              ?s a qawl:Statement ; qawl:speaker ?speaker .
              OPTIONAL { ?s qawl:inReport ?report }
              OPTIONAL { ?s qawl:content ?content }
              OPTIONAL { ?s qawl:verbLemma ?lemma }
              OPTIONAL { ?s qawl:verb ?asWritten }
              BIND(COALESCE(?lemma, ?asWritten) AS ?verb)
              OPTIONAL { ?s qawl:date ?statementDate }
              OPTIONAL { ?report qawl:date ?reportDate }
              BIND(COALESCE(?statementDate, ?reportDate) AS ?date)
              OPTIONAL {
                { ?s qawl:about ?linked BIND("about" AS ?via) }
                UNION { ?s qawl:addressee ?linked BIND("addressee" AS ?via) }
                UNION {
                  GRAPH ?g {
                    ?s qawl:start ?from ; qawl:end ?to .
                    ?linked qawl:mentionedAs ?m . ?m qawl:start ?mentionStart ; qawl:end ?mentionEnd .
                    FILTER(?mentionStart >= ?from && ?mentionEnd <= ?to)
                  }
                  BIND("mention" AS ?via)
                }
                FILTER(isIRI(?linked))
              }
            }
            ORDER BY ?s
            """;

    private ClaimStream() {}

    /** Calls {@code sink} once per statement; run it inside a read transaction. */
    static void forEach(DatasetGraph dataset, Consumer<Claim> sink) {
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(QUERY).build()) {
            ResultSet rows = execution.execSelect();
            Pending pending = null;
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                String iri = row.getResource("s").getURI();
                if (pending == null || !pending.iri.equals(iri)) {
                    if (pending != null) {
                        sink.accept(pending.claim());
                    }
                    pending = new Pending(iri, row.getResource("speaker").getURI(),
                            row.contains("report") && row.get("report").isURIResource()
                                    ? row.getResource("report").getURI() : null,
                            row.contains("content") ? row.get("content").asNode().getLiteralLexicalForm() : "");
                }
                pending.add(row);
            }
            if (pending != null) {
                sink.accept(pending.claim());
            }
        }
    }

    /** The rows of one statement, gathered. */
    private static final class Pending {
        final String iri;
        final String speaker;
        final String report;
        final String content;
        final Set<String> verbRows = new LinkedHashSet<>();
        final TreeSet<LocalDate> dates = new TreeSet<>();
        final Map<String, Set<String>> links = new LinkedHashMap<>();

        Pending(String iri, String speaker, String report, String content) {
            this.iri = iri;
            this.speaker = speaker;
            this.report = report;
            this.content = content;
        }

        void add(QuerySolution row) {
            if (row.contains("verb")) {
                verbRows.add(row.get("verb").asNode().getLiteralLexicalForm());
            }
            if (row.contains("date")) {
                LocalDate day = Claim.day(row.get("date").asNode());
                if (day != null) {
                    dates.add(day);
                }
            }
            if (row.contains("linked")) {
                Node linked = row.get("linked").asNode();
                links.computeIfAbsent(linked.getURI(), k -> new LinkedHashSet<>())
                        .add(row.getLiteral("via").getLexicalForm());
            }
        }

        Claim claim() {
            return new Claim(iri, speaker, report, content, new ArrayList<>(verbRows),
                    dates.isEmpty() ? null : dates.first(), links);
        }
    }
}
