package org.qawl.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.qawl.store.ReportStore;

/**
 * Every number of a store that eval scores against the gold counts of events: each qawl:Count,
 * and each qawl:Duration (the time an event starts within, is done within or lasts) with its
 * length in days. A number carries the merged events whose accounts hold it, so a count that no
 * event took is still there and a miss can be told apart: not recognized, or not linked.
 */
public final class StoreCounts {
    private static final String COUNTS = """
            PREFIX qawl: <https://w3id.org/qawl/ns#>
            SELECT ?n ?value ?upTo ?qualifier ?report ?start ?speaker ?event WHERE {
              ?n a qawl:Count ; qawl:value ?value ; qawl:inReport ?report .
              OPTIONAL { ?n qawl:upTo ?upTo }
              OPTIONAL { ?n qawl:qualifier ?qualifier }
              OPTIONAL { ?n qawl:start ?start }
              OPTIONAL { ?n qawl:statedIn/qawl:speaker ?speaker }
              OPTIONAL { ?account qawl:count ?n ; qawl:mergedInto ?event }
            }""";
    /** A duration hangs off a report's account of the event; one on the merged event is taken too. */
    private static final String DURATIONS = """
            PREFIX qawl: <https://w3id.org/qawl/ns#>
            PREFIX time: <http://www.w3.org/2006/time#>
            SELECT DISTINCT ?n ?length ?qualifier ?report ?told ?start ?speaker ?event WHERE {
              ?n a qawl:Duration ; time:hasXSDDuration ?length .
              OPTIONAL { ?n qawl:qualifier ?qualifier }
              OPTIONAL { ?n qawl:inReport ?report }
              OPTIONAL { ?n qawl:start ?start }
              OPTIONAL { ?n qawl:statedIn/qawl:speaker ?speaker }
              OPTIONAL {
                VALUES ?link { qawl:startsWithin qawl:happensWithin qawl:lasts }
                { ?account ?link ?n ; qawl:mergedInto ?event . OPTIONAL { ?account qawl:reportedIn ?told } }
                UNION { ?event ?link ?n . FILTER EXISTS { ?any qawl:mergedInto ?event } }
              }
            }""";

    /** What one query row says of a number; rows of the same number are folded together. */
    private record Row(String iri, String report, int start, BigDecimal value, Optional<BigDecimal> upTo,
            String qualifier, Optional<String> speaker, Optional<String> event) {}

    private StoreCounts() {}

    public static List<PredictedCount> read(ReportStore store) {
        return store.read(StoreCounts::read);
    }

    /** The numbers of a dataset whose default graph is the union of its report graphs. */
    public static List<PredictedCount> read(DatasetGraph dataset) {
        Map<String, PredictedCount> numbers = new LinkedHashMap<>();
        for (QuerySolution row : select(dataset, COUNTS)) {
            fold(numbers, new Row(id(row.get("n")), reportId(row.get("report")), start(row),
                    decimal(row.get("value")), Optional.ofNullable(row.get("upTo")).map(StoreCounts::decimal),
                    text(row, "qualifier", "exact"), iri(row, "speaker"), iri(row, "event")));
        }
        for (QuerySolution row : select(dataset, DURATIONS)) {
            Optional<BigDecimal> days = DurationDays.of(row.getLiteral("length").getLexicalForm());
            RDFNode report = row.get("report") != null ? row.get("report") : row.get("told");
            if (days.isPresent()) {
                fold(numbers, new Row(id(row.get("n")), report == null ? "" : reportId(report), start(row), days.get(),
                        Optional.empty(), text(row, "qualifier", "exact"), iri(row, "speaker"), iri(row, "event")));
            }
        }
        return List.copyOf(numbers.values());
    }

    private static void fold(Map<String, PredictedCount> numbers, Row row) {
        PredictedCount known = numbers.get(row.iri());
        Set<String> speakers = new LinkedHashSet<>(known == null ? Set.of() : known.speakers());
        Set<String> events = new LinkedHashSet<>(known == null ? Set.of() : known.events());
        row.speaker().ifPresent(speakers::add);
        row.event().ifPresent(events::add);
        String report = known == null || known.report().isEmpty() ? row.report() : known.report();
        numbers.put(row.iri(), new PredictedCount(row.iri(), report, row.start(), row.value(), row.upTo(),
                row.qualifier(), Set.copyOf(speakers), Set.copyOf(events)));
    }

    private static List<QuerySolution> select(DatasetGraph dataset, String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.create(query, DatasetFactory.wrap(dataset))) {
            ResultSet results = execution.execSelect();
            results.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static String id(RDFNode node) {
        return node.isURIResource() ? node.asResource().getURI() : "_:" + node.asResource().getId().getLabelString();
    }

    /** The lexical form, so that "2030.0" and "2030" compare as one number whatever the literal's type. */
    private static BigDecimal decimal(RDFNode literal) {
        return new BigDecimal(literal.asLiteral().getLexicalForm().strip());
    }

    private static String reportId(RDFNode report) {
        String iri = report.asResource().getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static int start(QuerySolution row) {
        return row.getLiteral("start") == null ? -1 : row.getLiteral("start").getInt();
    }

    private static String text(QuerySolution row, String name, String absent) {
        return row.getLiteral(name) == null ? absent : row.getLiteral(name).getLexicalForm();
    }

    private static Optional<String> iri(QuerySolution row, String name) {
        RDFNode node = row.get(name);
        return node != null && node.isURIResource() ? Optional.of(node.asResource().getURI()) : Optional.empty();
    }
}
