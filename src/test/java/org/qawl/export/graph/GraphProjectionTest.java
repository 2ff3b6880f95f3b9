package org.qawl.export.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qawl.store.Tdb2Store;
import org.w3c.dom.Document;

/**
 * The three views on a small store written by hand, with what later issues will add
 * (qawl:about, qawl:addressee, statement dates, events) already in it.
 */
class GraphProjectionTest {
    static final String S = "https://w3id.org/qawl/kb/statement/";
    static final String DATA = """
            actor:tokayev a qawl:Person ; rdfs:label "توكاييف"@ar .
            actor:putin a qawl:Person ; rdfs:label "فلاديمير بوتين"@ar , "Vladimir Putin"@en ; skos:altLabel "بوتين"@ar .
            actor:russia a qawl:Country ; rdfs:label "روسيا"@ar , "Russia"@en .
            actor:kazakhstan a qawl:Country ; rdfs:label "كازاخستان"@ar , "Kazakhstan"@en .
            actor:csto a qawl:Organization , qawl:Actor ; rdfs:label "منظمة معاهدة الأمن الجماعي"@ar .
            actor:mod a qawl:GovernmentBody ; rdfs:label "وزارة الدفاع في روسيا"@ar .
            report:r1 a qawl:Report ; qawl:title "تقرير أول"@ar ; qawl:date "2022-01-05"^^xsd:date .
            report:r2 a qawl:Report ; qawl:title "تقرير ثان"@ar ; qawl:date "2022-01-06"^^xsd:date .
            report:r3 a qawl:Report ; qawl:title "تقرير بلا تاريخ"@ar .
            <%1$sr1/10> a qawl:Statement ; qawl:inReport report:r1 ; qawl:speaker actor:tokayev ;
                qawl:verb "وقال"@ar ; qawl:verbLemma "قال"@ar ; qawl:start 10 ; qawl:end 60 ;
                qawl:content "إن قوات منظمة معاهدة الأمن الجماعي ستغادر كازاخستان قريبا"@ar .
            <%1$sr2/5> a qawl:Statement ; qawl:inReport report:r2 ; qawl:speaker actor:tokayev ;
                qawl:verb "أكد"@ar ; qawl:verbLemma "أكد"@ar ; qawl:content "أن وروسيا شريك موثوق"@ar ;
                qawl:about actor:putin , event:peacekeepers .
            <%1$sr3/7> a qawl:Statement ; qawl:inReport report:r3 ; qawl:speaker actor:putin ;
                qawl:date "2022-01-07"^^xsd:date ; qawl:verbLemma "أعلن"@ar ;
                qawl:content "أن وزارة الدفاع في روسيا أرسلت قوات"@ar .
            <%1$sr1/90> a qawl:Statement ; qawl:inReport report:r1 ; qawl:speaker actor:tokayev ;
                qawl:verbLemma "قال"@ar ; qawl:content "إن توكاييف \\"لن يتراجع\\""@ar ;
                qawl:addressee actor:russia .
            event:peacekeepers a qawl:Deployment ; rdfs:label "نشر قوات حفظ السلام"@ar ;
                qawl:participant actor:russia , actor:kazakhstan ; qawl:agent actor:russia ;
                qawl:date "2022-01-06"^^xsd:date ;
                qawl:reportedIn report:r2 .
            """.formatted(S);

    @TempDir
    static Path temp;
    static Tdb2Store store;

    @BeforeAll
    static void open() {
        store = SampleStore.turtle(temp.resolve("store"), DATA);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static ProjectedGraph project(GraphView view, GraphFilter filter) {
        return store.read(ds -> new GraphProjector(ds).project(view, filter));
    }

    /** "source → target ×weight" for every edge, by label. */
    static List<String> edges(ProjectedGraph graph) {
        List<String> out = new ArrayList<>();
        for (GraphEdge e : graph.edges()) {
            out.add(label(graph, e.source()) + (graph.directed() ? " → " : " — ") + label(graph, e.target())
                    + " ×" + e.weight());
        }
        return out;
    }

    static String label(ProjectedGraph graph, String id) {
        return graph.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow().label();
    }

    static GraphNode node(ProjectedGraph graph, String label) {
        return graph.nodes().stream().filter(n -> n.label().equals(label)).findFirst().orElseThrow();
    }

    static GraphEdge edge(ProjectedGraph graph, String source, String target) {
        String s = node(graph, source).id();
        String t = node(graph, target).id();
        return graph.edges().stream().filter(e -> e.source().equals(s) && e.target().equals(t)).findFirst().orElseThrow();
    }

    @Test
    void speakersAreLinkedToActorsTheyAreAboutAddressAndNameInTheirWords() {
        ProjectedGraph graph = project(GraphView.SPEAKERS, GraphFilter.none());

        assertThat(graph.directed()).isTrue();
        assertThat(edges(graph)).containsExactlyInAnyOrder(
                "توكاييف → منظمة معاهدة الأمن الجماعي ×1",   // named in the content
                "توكاييف → كازاخستان ×1",
                "توكاييف → روسيا ×2",                         // «وروسيا» (proclitic) and qawl:addressee
                "توكاييف → فلاديمير بوتين ×1",                // qawl:about
                "فلاديمير بوتين → وزارة الدفاع في روسيا ×1"); // the longest name, not also روسيا
        GraphEdge russia = edge(graph, "توكاييف", "روسيا");
        assertThat(russia.via()).containsExactly("addressee", "text");
        assertThat(russia.verbs()).containsExactly("أكد", "قال"); // as often each: alphabetical
        assertThat(russia.reports()).containsExactly("https://w3id.org/qawl/kb/report/r1",
                "https://w3id.org/qawl/kb/report/r2");
        assertThat(russia.statementIris()).containsExactly(S + "r1/90", S + "r2/5");
        assertThat(russia.firstDate()).isEqualTo("2022-01-05");   // the reports' dates
        assertThat(russia.lastDate()).isEqualTo("2022-01-06");
        assertThat(edge(graph, "فلاديمير بوتين", "وزارة الدفاع في روسيا").firstDate())
                .isEqualTo("2022-01-07");                       // the statement's own date wins

        GraphNode tokayev = node(graph, "توكاييف");
        assertThat(tokayev.statements()).isEqualTo(3);
        assertThat(tokayev.type()).isEqualTo("Person");
        GraphNode putin = node(graph, "فلاديمير بوتين");
        assertThat(putin.labelEn()).isEqualTo("Vladimir Putin");
        assertThat(putin.statements()).isEqualTo(1);
        assertThat(putin.mentions()).isEqualTo(1);
        assertThat(node(graph, "منظمة معاهدة الأمن الجماعي").type()).isEqualTo("Organization"); // most specific
        assertThat(graph.nodes()).extracting(GraphNode::label).doesNotContain("نشر قوات حفظ السلام");
    }

    @Test
    void filtersKeepStatementsOfAReportOrADateRangeAndNodesOfSomeTypes() {
        GraphFilter report = new GraphFilter(Set.of("https://w3id.org/qawl/kb/report/r1"), Optional.empty(),
                Optional.empty(), true, Set.of());
        assertThat(edges(project(GraphView.SPEAKERS, report))).containsExactlyInAnyOrder(
                "توكاييف → منظمة معاهدة الأمن الجماعي ×1", "توكاييف → كازاخستان ×1", "توكاييف → روسيا ×1");

        GraphFilter days = new GraphFilter(Set.of(), Optional.of(LocalDate.parse("2022-01-06")),
                Optional.of(LocalDate.parse("2022-01-07")), true, Set.of());
        assertThat(edges(project(GraphView.SPEAKERS, days))).containsExactlyInAnyOrder(
                "توكاييف → روسيا ×1", "توكاييف → فلاديمير بوتين ×1", "فلاديمير بوتين → وزارة الدفاع في روسيا ×1");

        GraphFilter people = new GraphFilter(Set.of(), Optional.empty(), Optional.empty(), true, Set.of("Person"));
        ProjectedGraph graph = project(GraphView.SPEAKERS, people);
        assertThat(graph.nodes()).extracting(GraphNode::label).containsExactly("فلاديمير بوتين", "توكاييف");
        assertThat(edges(graph)).containsExactly("توكاييف → فلاديمير بوتين ×1");
    }

    @Test
    void mentionsViewCountsEachPairOnceUndirected() {
        ProjectedGraph graph = project(GraphView.MENTIONS, GraphFilter.none());

        assertThat(graph.directed()).isFalse();
        assertThat(graph.edges()).hasSize(7);
        assertThat(graph.edges()).allMatch(e -> e.kind().equals("co-occurs"));
        List<String> edges = edges(graph);
        assertThat(edges).anyMatch(e -> e.matches("(توكاييف — روسيا|روسيا — توكاييف) ×2"));
        assertThat(edges).anyMatch(e -> e.contains("كازاخستان") && e.contains("منظمة معاهدة الأمن الجماعي"));
    }

    @Test
    void eventsViewLinksEventsToParticipantsAndToSpeakersAboutThem() {
        ProjectedGraph graph = project(GraphView.EVENTS, GraphFilter.none());

        assertThat(edges(graph)).containsExactlyInAnyOrder(
                "نشر قوات حفظ السلام → روسيا ×1", "نشر قوات حفظ السلام → كازاخستان ×1", "توكاييف → نشر قوات حفظ السلام ×1");
        GraphNode event = node(graph, "نشر قوات حفظ السلام");
        assertThat(event.type()).isEqualTo("Deployment");
        assertThat(event.statements()).isEqualTo(1);
        assertThat(event.firstDate()).isEqualTo("2022-01-06");
        // a participant with a part is one edge, named by the part
        assertThat(edge(graph, "نشر قوات حفظ السلام", "روسيا").predicate()).isEqualTo("https://w3id.org/qawl/ns#agent");
        assertThat(edge(graph, "نشر قوات حفظ السلام", "كازاخستان").predicate()).isEqualTo("https://w3id.org/qawl/ns#participant");
        assertThat(edge(graph, "توكاييف", "نشر قوات حفظ السلام").statementIris()).containsExactly(S + "r2/5");
    }

    @Test
    void gexfIsDynamicWithSpellsFromTheDates() throws Exception {
        byte[] gexf = GraphFiles.export(store, GraphFormat.GEXF, GraphView.SPEAKERS, GraphFilter.none());
        GraphFiles.validate(GraphFiles.GEXF, gexf);
        Document xml = GraphFiles.dom(gexf);

        assertThat(GraphFiles.xpathText(xml, "/gexf/graph/@mode")).isEqualTo("dynamic");
        assertThat(GraphFiles.xpathText(xml, "/gexf/graph/@timeformat")).isEqualTo("date");
        String tokayev = GraphFiles.xpathText(xml, "/gexf/graph/nodes/node[@label='توكاييف']/@id");
        String russia = GraphFiles.xpathText(xml, "/gexf/graph/nodes/node[@label='روسيا']/@id");
        String edge = "/gexf/graph/edges/edge[@source='" + tokayev + "' and @target='" + russia + "']";
        assertThat(GraphFiles.xpathText(xml, edge + "/@weight")).isEqualTo("2");
        // two consecutive days make one spell
        assertThat(GraphFiles.xpath(xml, edge + "/spells/spell").getLength()).isEqualTo(1);
        assertThat(GraphFiles.xpathText(xml, edge + "/spells/spell/@start")).isEqualTo("2022-01-05");
        assertThat(GraphFiles.xpathText(xml, edge + "/spells/spell/@end")).isEqualTo("2022-01-06");
        assertThat(GraphFiles.xpathText(xml, edge + "/attvalues/attvalue[@for='statements']/@value"))
                .isEqualTo(S + "r1/90" + Columns.SEPARATOR + S + "r2/5");
    }

    @Test
    void graphmlIsValidAndCarriesEveryAttribute() throws Exception {
        byte[] graphml = GraphFiles.export(store, GraphFormat.GRAPHML, GraphView.EVENTS, GraphFilter.none());
        GraphFiles.validate(GraphFiles.GRAPHML, graphml);
        Document xml = GraphFiles.dom(graphml);

        assertThat(GraphFiles.xpathText(xml, "/graphml/key[@id='n_label']/@attr.name")).isEqualTo("label");
        assertThat(GraphFiles.xpathText(xml, "/graphml/key[@id='e_weight']/@attr.type")).isEqualTo("int");
        assertThat(GraphFiles.xpathText(xml, "/graphml/graph/node[data[@key='n_label']='نشر قوات حفظ السلام']"
                + "/data[@key='n_type']")).isEqualTo("Deployment");
        assertThat(GraphFiles.xpath(xml, "/graphml/graph/edge[data[@key='e_kind']='participant']").getLength()).isEqualTo(1);
        assertThat(GraphFiles.xpath(xml, "/graphml/graph/edge[data[@key='e_kind']='agent']").getLength()).isEqualTo(1);
    }

    @Test
    void cytoscapeJsonKeepsListsAsArrays() throws Exception {
        JsonNode graph = GraphFiles.json(GraphFiles.export(store, GraphFormat.CYTOSCAPE, GraphView.SPEAKERS, GraphFilter.none()));

        assertThat(graph.get("format_version").asText()).isEqualTo("1.0");
        assertThat(graph.at("/data/directed").asBoolean()).isTrue();
        JsonNode first = graph.at("/elements/nodes/0/data");
        assertThat(first.get("name").asText()).isEqualTo(first.get("label").asText());
        JsonNode edge = graph.at("/elements/edges/0/data");
        assertThat(edge.get("statements").isArray()).isTrue();
        assertThat(edge.get("verbs").isArray()).isTrue();
        assertThat(edge.get("interaction").asText()).isEqualTo("mentions");
    }

    @Test
    void dotQuotesEveryValueSoArabicAndQuotesPassUnchanged() {
        ProjectedGraph graph = new ProjectedGraph(GraphView.SPEAKERS, true, List.of(
                new GraphNode("n0", "urn:x:a", "«الرئيس» قال \"لا\"\\ نعم\nثم", "", "Person", 1, 0, new java.util.TreeSet<>()),
                new GraphNode("n1", "urn:x:b", "روسيا", "Russia", "Country", 0, 1, new java.util.TreeSet<>())),
                List.of(new GraphEdge("e0", "n0", "n1", "mentions", 1, List.of("text"), List.of("قال"),
                        List.of("urn:x:r"), List.of("urn:x:s"), "", new java.util.TreeSet<>())));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            GraphExport.write(graph, GraphFormat.DOT, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        GraphFiles.Dot dot = GraphFiles.dot(out.toByteArray());

        assertThat(dot.name()).isEqualTo("qawl speakers");
        assertThat(dot.nodes().get("n0").get("label")).isEqualTo("«الرئيس» قال \"لا\"\\ نعم\nثم");
        assertThat(dot.nodes().get("n1")).containsEntry("label", "روسيا").containsEntry("labelEn", "Russia")
                .containsEntry("URL", "urn:x:b");
        assertThat(dot.edges()).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("_source", "n0").containsEntry("_target", "n1").containsEntry("statements", "urn:x:s"));
    }
}
