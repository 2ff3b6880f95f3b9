package org.qawl.serve.explore;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.FmtUtils;
import org.qawl.export.graph.GraphFilter;

/**
 * The explorer's lists, read with SPARQL and written as JSON as the rows arrive: the reports
 * (for the report filter) and the statements of a speaker or of an edge, with their source
 * spans. Run inside a read transaction.
 */
final class ExplorerQueries {
    /** The most statements one answer lists. */
    static final int MAX_STATEMENTS = 500;

    private static final String REPORTS = """
            PREFIX qawl: <https://w3id.org/qawl/ns#>
            SELECT ?report (SAMPLE(?t) AS ?title) (MIN(STR(?d)) AS ?date) (COUNT(DISTINCT ?s) AS ?statements)
            WHERE {
              ?report a qawl:Report .
              OPTIONAL { ?report qawl:title ?t }
              OPTIONAL { ?report qawl:date ?d }
              OPTIONAL { ?s qawl:inReport ?report ; a qawl:Statement }
            }
            GROUP BY ?report ORDER BY ?date ?report
            """;

    private static final String STATEMENTS = """
            PREFIX qawl: <https://w3id.org/qawl/ns#>
            SELECT ?s ?speaker ?speakerText ?verb ?lemma ?content ?start ?end ?mode ?report ?title ?date WHERE {
              %s
              ?s a qawl:Statement ; qawl:speaker ?speaker .
              OPTIONAL { ?s qawl:speakerText ?speakerText }
              OPTIONAL { ?s qawl:verb ?verb }
              OPTIONAL { ?s qawl:verbLemma ?lemma }
              OPTIONAL { ?s qawl:content ?content }
              OPTIONAL { ?s qawl:start ?start }
              OPTIONAL { ?s qawl:end ?end }
              OPTIONAL { ?s qawl:mode ?mode }
              OPTIONAL { ?s qawl:inReport ?report
                         OPTIONAL { ?report qawl:title ?title }
                         OPTIONAL { ?report qawl:date ?reportDate } }
              OPTIONAL { ?s qawl:date ?statementDate }
              BIND(COALESCE(?statementDate, ?reportDate) AS ?date)
            }
            ORDER BY ?report ?start ?s
            """;

    private final DatasetGraph dataset;
    private final Links links;

    ExplorerQueries(DatasetGraph dataset, Links links) {
        this.dataset = dataset;
        this.links = links;
    }

    /** {@code [{iri, title, date, statements, link}]}, by date then IRI. */
    void reports(JsonGenerator json) throws IOException {
        json.writeStartArray();
        select(REPORTS, row -> {
            json.writeStartObject();
            json.writeStringField("iri", row.getResource("report").getURI());
            json.writeStringField("title", text(row.get("title")));
            json.writeStringField("date", text(row.get("date")));
            json.writeNumberField("statements", row.getLiteral("statements").getInt());
            json.writeStringField("link", links.page(row.getResource("report").getURI()));
            json.writeEndObject();
        });
        json.writeEndArray();
    }

    /**
     * The statements of {@code speaker} (or, when {@code statements} is not empty, those
     * statements), as {@code [{iri, speaker, speakerText, verb, lemma, content, start, end, mode,
     * report, reportTitle, date, link, reportLink, speakerLink}]}, at most {@value #MAX_STATEMENTS}.
     */
    void statements(String speaker, List<String> statements, GraphFilter filter, JsonGenerator json)
            throws IOException {
        String values = statements.isEmpty() ? "VALUES ?speaker { " + FmtUtils.stringForURI(speaker) + " }"
                : "VALUES ?s { " + String.join(" ", statements.stream().map(FmtUtils::stringForURI).toList()) + " }";
        Set<String> seen = new HashSet<>();
        json.writeStartArray();
        select(STATEMENTS.formatted(values), row -> {
            String iri = row.getResource("s").getURI();
            String report = row.contains("report") ? row.getResource("report").getURI() : null;
            if (seen.size() >= MAX_STATEMENTS || seen.contains(iri)
                    || !filter.keeps(report, Dates.day(text(row.get("date"))))) {
                return;
            }
            seen.add(iri);
            String speakerIri = row.getResource("speaker").getURI();
            json.writeStartObject();
            json.writeStringField("iri", iri);
            json.writeStringField("speaker", speakerIri);
            for (String field : new String[] {"speakerText", "verb", "lemma", "content", "mode", "title", "date"}) {
                json.writeStringField(field.equals("title") ? "reportTitle" : field, text(row.get(field)));
            }
            json.writeNumberField("start", row.contains("start") ? row.getLiteral("start").getInt() : -1);
            json.writeNumberField("end", row.contains("end") ? row.getLiteral("end").getInt() : -1);
            json.writeStringField("report", report == null ? "" : report);
            json.writeStringField("link", links.page(iri));
            json.writeStringField("reportLink", report == null ? "" : links.page(report));
            json.writeStringField("speakerLink", links.page(speakerIri));
            json.writeEndObject();
        });
        json.writeEndArray();
    }

    private void select(String query, RowWriter writer) throws IOException {
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
            ResultSet rows = execution.execSelect();
            while (rows.hasNext()) {
                writer.write(rows.next());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(QuerySolution row) throws IOException;
    }
}
