package org.qawl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qawl.build.Progress;
import org.qawl.build.StoreBuilder;
import org.qawl.iri.Iris;
import org.qawl.map.Extractor;
import org.qawl.store.Tdb2Store;

/**
 * What a build writes besides the extracted statements: PROV-O in each report graph (version,
 * source file; no time), the build log with times (kb:build) and the VoID/DCAT description
 * (kb:void), whose counts agree with SPARQL over the store and whose times move only when a
 * build changes something.
 */
class DatasetDescriptionTest {
    static final String KB = "https://w3id.org/qawl/kb/";
    static final String PREFIXES = """
            PREFIX qawl: <https://w3id.org/qawl/ns#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX void: <http://rdfs.org/ns/void#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            PREFIX kb: <https://w3id.org/qawl/kb/>
            """;

    @TempDir
    Path temp;

    @Test
    void theDescriptionCountsWhatSparqlCounts() throws IOException {
        try (Tdb2Store store = build(List.of(CliRun.projectDir().resolve("data/reports")), Instant.parse("2026-01-02T03:04:05Z"))) {
            store.read(dataset -> {
                Binding described = one(dataset, """
                        SELECT * { GRAPH kb:void { kb:dataset void:triples ?triples ; void:distinctSubjects ?subjects ;
                            void:classes ?classes ; void:properties ?properties ; void:uriSpace ?space ;
                            dcterms:created ?created ; dcterms:modified ?modified ; a dcat:Dataset ;
                            schema:softwareVersion ?version } }""");
                // everything but the description graph itself (a triple also elsewhere still counts)
                Binding counted = one(dataset, """
                        SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects)
                               (COUNT(DISTINCT ?p) AS ?properties) {
                          { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } FILTER (?g != kb:void) } } }""");
                assertThat(integer(described, "triples")).isEqualTo(integer(counted, "triples"));
                assertThat(integer(described, "subjects")).isEqualTo(integer(counted, "subjects"));
                assertThat(integer(described, "properties")).isEqualTo(integer(counted, "properties"));
                assertThat(text(described, "space")).isEqualTo(KB);
                assertThat(text(described, "created")).isEqualTo("2026-01-02T03:04:05Z");
                assertThat(text(described, "version")).isEqualTo(Version.qawl());

                Binding statements = one(dataset, """
                        SELECT ?entities (COUNT(DISTINCT ?s) AS ?counted) {
                          GRAPH kb:void { kb:dataset void:classPartition ?p . ?p void:class qawl:Statement ; void:entities ?entities }
                          ?s a qawl:Statement } GROUP BY ?entities""");
                assertThat(integer(statements, "entities")).isEqualTo(integer(statements, "counted")).isPositive();

                Binding subsets = one(dataset, """
                        SELECT (COUNT(*) AS ?listed) (SUM(?n) AS ?sum) { GRAPH kb:void { kb:dataset void:subset ?g . ?g void:triples ?n } }""");
                long graphs = 0;
                long quads = 0;
                for (var it = dataset.listGraphNodes(); it.hasNext(); ) {
                    Node graph = it.next();
                    if (!graph.getURI().equals(KB + "void")) {
                        graphs++;
                        quads += dataset.getGraph(graph).size();
                    }
                }
                assertThat(integer(subsets, "listed")).isEqualTo(graphs).isEqualTo(9); // 5 reports, actors, ontology, events, build
                assertThat(integer(subsets, "sum")).isEqualTo(quads);
                Binding ontology = one(dataset, "SELECT ?l { GRAPH kb:void { <" + KB + "graph/ontology> dcterms:license ?l } }");
                assertThat(text(ontology, "l")).isEqualTo("https://www.apache.org/licenses/LICENSE-2.0");
                return null;
            });
        }
    }

    @Test
    void eachReportGraphRecordsItsProvenanceWithoutATime() throws IOException {
        try (Tdb2Store store = build(List.of(CliRun.projectDir().resolve("data/reports")), Instant.parse("2026-01-02T03:04:05Z"))) {
            store.read(dataset -> {
                String report = "000_b8116d2267b8fc92";
                Binding prov = one(dataset, """
                        SELECT * { GRAPH kb:graph\\/%1$s {
                          kb:graph\\/%1$s prov:wasGeneratedBy ?activity ; dcterms:source ?file .
                          ?activity a prov:Activity ; prov:used kb:report\\/%1$s ; prov:wasAssociatedWith ?agent .
                          ?agent a prov:SoftwareAgent ; schema:softwareVersion ?version } }""".formatted(report));
                assertThat(text(prov, "activity")).isEqualTo(KB + "extraction/" + report);
                assertThat(text(prov, "file")).isEqualTo(report + ".txt");
                assertThat(text(prov, "version")).isEqualTo(Version.qawl());
                RowSet timesInReports = QueryExec.dataset(dataset).query(PREFIXES + """
                        SELECT * { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), STR(kb:graph\\/)))
                                   FILTER (DATATYPE(?o) = <http://www.w3.org/2001/XMLSchema#dateTime>) }""").select();
                assertThat(timesInReports.hasNext()).as("no times in report graphs").isFalse();
                Binding logged = one(dataset, """
                        SELECT (COUNT(?end) AS ?n) { GRAPH kb:build { ?activity prov:endedAtTime ?end ; prov:startedAtTime ?start } }""");
                assertThat(integer(logged, "n")).isEqualTo(5);
                return null;
            });
        }
    }

    @Test
    void timesMoveOnlyWhenABuildChangesSomething() throws IOException {
        Path inputs = Files.createDirectories(temp.resolve("in"));
        for (String name : new String[] {"000_b8116d2267b8fc92.txt", "001_90a1adca7efb77d4.txt"}) {
            Files.copy(CliRun.projectDir().resolve("data/reports").resolve(name), inputs.resolve(name));
        }
        Instant first = Instant.parse("2026-01-01T00:00:00Z");
        Instant second = Instant.parse("2026-02-01T00:00:00Z");
        Instant third = Instant.parse("2026-03-01T00:00:00Z");
        build(List.of(inputs), first).close();
        build(List.of(inputs), second).close(); // the same input: nothing changes, times included
        Map<String, String> unchanged = times();
        assertThat(unchanged).containsEntry("modified", first.toString()).containsEntry("000", first.toString())
                .containsEntry("001", first.toString());

        Files.writeString(inputs.resolve("001_90a1adca7efb77d4.txt"), "عنوان جديد\nقال الوزير إن الوضع مستقر.\n");
        build(List.of(inputs), third).close();
        assertThat(times()).containsEntry("created", first.toString()).containsEntry("modified", third.toString())
                .containsEntry("000", first.toString()).containsEntry("001", third.toString());
    }

    private Map<String, String> times() {
        try (Tdb2Store store = Tdb2Store.open(temp.resolve("store"))) {
            return store.read(dataset -> {
                Binding row = one(dataset, """
                        SELECT * { GRAPH kb:void { kb:dataset dcterms:created ?created ; dcterms:modified ?modified }
                                   GRAPH kb:build { kb:extraction\\/000_b8116d2267b8fc92 prov:endedAtTime ?t0 .
                                                    kb:extraction\\/001_90a1adca7efb77d4 prov:endedAtTime ?t1 } }""");
                return Map.of("created", text(row, "created"), "modified", text(row, "modified"),
                        "000", text(row, "t0"), "001", text(row, "t1"));
            });
        }
    }

    private Tdb2Store build(List<Path> inputs, Instant now) {
        Tdb2Store store = Tdb2Store.open(temp.resolve("store"));
        new StoreBuilder(Extractor.standard(Iris.defaults()), store, new PrintWriter(Writer.nullWriter()),
                Clock.fixed(now, ZoneOffset.UTC)).build(inputs, Progress.none());
        return store;
    }

    private static Binding one(DatasetGraph dataset, String query) {
        RowSet rows = QueryExec.dataset(dataset).query(PREFIXES + query).select();
        assertThat(rows.hasNext()).as("a row for%n%s", query).isTrue();
        return rows.next();
    }

    private static long integer(Binding row, String variable) {
        return Long.parseLong(text(row, variable));
    }

    private static String text(Binding row, String variable) {
        Node node = row.get(variable);
        assertThat(node).as(variable).isNotNull();
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.getURI();
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
