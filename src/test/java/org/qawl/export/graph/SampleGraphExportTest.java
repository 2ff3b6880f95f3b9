package org.qawl.export.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qawl.store.Tdb2Store;
import org.w3c.dom.Document;

/** Every view of the five sample reports, in every format, read back and checked. */
class SampleGraphExportTest {
    @TempDir
    static Path temp;
    static Tdb2Store store;

    @BeforeAll
    static void build() {
        store = SampleStore.sampleReports(temp.resolve("store"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Arguments> viewsAndFormats() {
        List<Arguments> all = new ArrayList<>();
        for (GraphView view : GraphView.values()) {
            for (GraphFormat format : GraphFormat.values()) {
                all.add(Arguments.of(view, format));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("viewsAndFormats")
    void everyViewInEveryFormatReadsBackWithTheSameNodesAndEdges(GraphView view, GraphFormat format) throws Exception {
        JsonNode reference = GraphFiles.json(GraphFiles.export(store, GraphFormat.CYTOSCAPE, view, GraphFilter.none()));
        int nodes = reference.at("/elements/nodes").size();
        int edges = reference.at("/elements/edges").size();
        byte[] file = GraphFiles.export(store, format, view, GraphFilter.none());

        switch (format) {
            case GRAPHML -> {
                GraphFiles.validate(GraphFiles.GRAPHML, file);
                Document xml = GraphFiles.dom(file);
                assertThat(GraphFiles.xpath(xml, "/graphml/graph/node").getLength()).isEqualTo(nodes);
                assertThat(GraphFiles.xpath(xml, "/graphml/graph/edge").getLength()).isEqualTo(edges);
                assertThat(GraphFiles.xpath(xml, "/graphml/key").getLength())
                        .isEqualTo(Columns.NODE.size() + Columns.EDGE.size());
            }
            case GEXF -> {
                GraphFiles.validate(GraphFiles.GEXF, file);
                Document xml = GraphFiles.dom(file);
                assertThat(GraphFiles.xpath(xml, "/gexf/graph/nodes/node").getLength()).isEqualTo(nodes);
                assertThat(GraphFiles.xpath(xml, "/gexf/graph/edges/edge").getLength()).isEqualTo(edges);
            }
            case DOT -> {
                GraphFiles.Dot dot = GraphFiles.dot(file);
                assertThat(dot.nodes()).hasSize(nodes);
                assertThat(dot.edges()).hasSize(edges);
                assertThat(dot.directed()).isEqualTo(view != GraphView.MENTIONS);
            }
            case CYTOSCAPE -> assertThat(GraphFiles.json(file)).isEqualTo(reference);
        }
        System.out.printf("sample reports, %s view: %d nodes, %d edges%n", view, nodes, edges);
    }

    @Test
    void speakersViewLinksSpeakersToTheActorsTheirStatementsName() throws Exception {
        JsonNode graph = GraphFiles.json(GraphFiles.export(store, GraphFormat.CYTOSCAPE, GraphView.SPEAKERS,
                GraphFilter.none()));
        JsonNode kazakhstan = node(graph, "https://w3id.org/qawl/kb/actor/kazakhstan");
        assertThat(kazakhstan.get("label").asText()).isEqualTo("كازاخستان");
        assertThat(kazakhstan.get("labelEn").asText()).isEqualTo("Kazakhstan");
        assertThat(kazakhstan.get("type").asText()).isEqualTo("Country");
        assertThat(kazakhstan.get("mentions").asInt()).isPositive();

        JsonNode top = null;
        for (JsonNode node : graph.at("/elements/nodes")) {
            if (top == null || node.at("/data/statements").asInt() > top.get("statements").asInt()) {
                top = node.get("data");
            }
        }
        assertThat(top.get("statements").asInt()).isEqualTo(count("SELECT (COUNT(?s) AS ?n) { ?s "
                + "<https://w3id.org/qawl/ns#speaker> <" + top.get("iri").asText() + "> }"));

        int checked = 0;
        for (JsonNode edge : graph.at("/elements/edges")) {
            JsonNode e = edge.get("data");
            if (!e.get("target").asText().equals(kazakhstan.get("id").asText())) {
                continue;
            }
            assertThat(e.get("kind").asText()).isEqualTo("mentions");
            assertThat(e.get("weight").asInt()).isEqualTo(e.get("statements").size()).isPositive();
            e.get("verbs").forEach(verb -> assertThat(verb.asText()).isNotBlank()); // none for «حسب»
            assertThat(e.get("reports")).isNotEmpty();
            String speaker = nodeById(graph, e.get("source").asText()).get("iri").asText();
            // every statement IRI on the edge leads back to a statement of that speaker in the store
            for (JsonNode statement : e.get("statements")) {
                assertThat(count("SELECT (COUNT(*) AS ?n) { <" + statement.asText() + "> a "
                        + "<https://w3id.org/qawl/ns#Statement> ; <https://w3id.org/qawl/ns#speaker> <" + speaker + "> }"))
                        .as(statement.asText()).isEqualTo(1);
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    private static int count(String query) {
        return store.read(ds -> {
            try (QueryExecution q = QueryExecution.dataset(DatasetFactory.wrap(ds)).query(query).build()) {
                return q.execSelect().next().getLiteral("n").getInt();
            }
        });
    }

    @Test
    void eventsViewShowsTheEventsWithTheirParticipants() throws Exception {
        GraphFiles.validate(GraphFiles.GEXF, GraphFiles.export(store, GraphFormat.GEXF, GraphView.EVENTS, GraphFilter.none()));
        JsonNode graph = GraphFiles.json(GraphFiles.export(store, GraphFormat.CYTOSCAPE, GraphView.EVENTS, GraphFilter.none()));
        List<String> types = new java.util.ArrayList<>();
        graph.at("/elements/nodes").forEach(node -> types.add(node.at("/data/type").asText()));
        assertThat(types).contains("Event", "Deployment");
        assertThat(graph.at("/elements/edges")).isNotEmpty();
    }

    @Test
    void dotRendersWithGraphvizWhenItIsInstalled() throws Exception {
        Path dot = Path.of("/usr/bin/dot");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(dot), "graphviz (dot) not installed");
        Path file = temp.resolve("speakers.dot");
        Files.write(file, GraphFiles.export(store, GraphFormat.DOT, GraphView.SPEAKERS, GraphFilter.none()));
        Path svg = temp.resolve("speakers.svg");
        Process process = new ProcessBuilder(dot.toString(), "-Tsvg", "-o", svg.toString(), file.toString())
                .redirectErrorStream(true).start();
        String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(messages).isZero();
        assertThat(messages).as("graphviz warnings").isEmpty();
        // Tokayev is one person however a report spells him (توكاييف، توكايف): his label is one of them
        assertThat(Files.readString(svg)).contains("توكاي", "https://w3id.org/qawl/kb/actor/");
    }

    static JsonNode node(JsonNode graph, String iri) {
        for (JsonNode node : graph.at("/elements/nodes")) {
            if (node.at("/data/iri").asText().equals(iri)) {
                return node.get("data");
            }
        }
        throw new AssertionError("no node " + iri);
    }

    static JsonNode nodeById(JsonNode graph, String id) {
        for (JsonNode node : graph.at("/elements/nodes")) {
            if (node.at("/data/id").asText().equals(id)) {
                return node.get("data");
            }
        }
        throw new AssertionError("no node " + id);
    }
}
