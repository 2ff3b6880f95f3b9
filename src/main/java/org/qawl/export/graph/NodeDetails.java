package org.qawl.export.graph;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Labels, types and dates of the nodes of a projection, looked up for those nodes only (in
 * chunks of {@value #CHUNK} IRIs per query). An actor often has several Arabic labels (each
 * report writes the name it saw); the one given in the most graphs wins, then the shortest.
 */
final class NodeDetails {
    static final int CHUNK = 400;
    private static final String QUERY = """
            PREFIX qawl: <https://w3id.org/qawl/ns#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?x ?p ?o ?g WHERE {
              VALUES ?p { rdf:type rdfs:label skos:prefLabel qawl:date qawl:endDate qawl:eventType qawl:reportedIn }
              VALUES ?x { %s }
              GRAPH ?g { ?x ?p ?o }
            }
            """;

    /** What is known of one node. */
    record Details(String label, String labelEn, Set<Node> types, Set<LocalDate> dates, Set<String> reports) {}

    private NodeDetails() {}

    static Map<String, Details> of(DatasetGraph dataset, Collection<String> iris) {
        Map<String, Gathered> gathered = new HashMap<>();
        List<String> all = new ArrayList<>(new TreeSet<>(iris));
        for (int from = 0; from < all.size(); from += CHUNK) {
            StringBuilder values = new StringBuilder();
            for (String iri : all.subList(from, Math.min(all.size(), from + CHUNK))) {
                values.append(FmtUtils.stringForURI(iri)).append(' ');
            }
            try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                    .query(QUERY.formatted(values)).build()) {
                ResultSet rows = execution.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    gathered.computeIfAbsent(row.getResource("x").getURI(), k -> new Gathered())
                            .add(row.getResource("p").getLocalName(), row.get("o").asNode(),
                                    row.getResource("g").getURI());
                }
            }
        }
        Map<String, Details> out = new HashMap<>();
        for (String iri : all) {
            out.put(iri, gathered.getOrDefault(iri, new Gathered()).details(iri));
        }
        return out;
    }

    /** The last segment of an IRI, decoded, underscores as spaces: a label of last resort. */
    static String localLabel(String iri) {
        String tail = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        return URLDecoder.decode(tail, StandardCharsets.UTF_8).replace('_', ' ');
    }

    private static final class Gathered {
        final Map<String, Set<String>> arabic = new HashMap<>(); // label → graphs giving it
        final Set<String> english = new TreeSet<>();
        final Set<String> plain = new TreeSet<>();
        final Set<Node> types = new HashSet<>();
        final Set<LocalDate> dates = new TreeSet<>();
        final Set<String> reports = new TreeSet<>();
        String eventType;

        void add(String predicate, Node o, String graph) {
            switch (predicate) {
                case "type" -> types.add(o);
                case "label", "prefLabel" -> {
                    if (!o.isLiteral()) {
                        return;
                    }
                    String lang = o.getLiteralLanguage().toLowerCase();
                    String text = o.getLiteralLexicalForm().strip();
                    if (lang.startsWith("ar")) {
                        arabic.computeIfAbsent(text, k -> new HashSet<>()).add(graph);
                    } else if (lang.startsWith("en")) {
                        english.add(text);
                    } else if (lang.isEmpty()) {
                        plain.add(text);
                    }
                }
                case "date", "endDate" -> {
                    LocalDate day = Claim.day(o);
                    if (day != null) {
                        dates.add(day);
                    }
                }
                case "eventType" -> eventType = o.isURI() ? localLabel(o.getURI()) : eventType;
                case "reportedIn" -> {
                    if (o.isURI()) {
                        reports.add(o.getURI());
                    }
                }
                default -> { }
            }
        }

        Details details(String iri) {
            String label = arabic.entrySet().stream()
                    .min(Comparator.<Map.Entry<String, Set<String>>>comparingInt(e -> -e.getValue().size())
                            .thenComparingInt(e -> e.getKey().length())
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey)
                    .orElse(plain.isEmpty() ? null : plain.iterator().next());
            String en = english.isEmpty() ? "" : english.iterator().next();
            if (label == null) {
                label = !en.isEmpty() ? en : eventType != null ? eventType : localLabel(iri);
            }
            return new Details(label, en, types, dates, reports);
        }
    }
}
