package org.qawl.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qawl.build.UnionTriples;
import org.qawl.store.Tdb2Store;

/**
 * Every RDF format, exported from a store built from the sample reports and read back with both
 * RDF4J Rio and Apache Jena, gives the same RDF: the whole dataset (graph names included) for
 * TriG, N-Quads, JSON-LD and RDF4J binary; the union of all graphs for Turtle, N-Triples and
 * RDF/XML. The expected Rio model is parsed from N-Quads that Jena wrote, so the Jena-to-Rio
 * conversion under test is not also the yardstick.
 */
class RdfExportRoundTripTest {
    @TempDir
    static Path temp;
    static Tdb2Store store;
    static Set<Quad> storedQuads;
    static Set<Triple> unionTriples;
    static Model rioDataset;
    static Model rioUnion;

    @BeforeAll
    static void buildSampleStore() {
        store = SampleStore.build(temp.resolve("store"));
        store.read(dataset -> {
            storedQuads = new HashSet<>();
            dataset.find().forEachRemaining(storedQuads::add);
            unionTriples = new HashSet<>(dataset.getUnionGraph().find().toList());
            ByteArrayOutputStream nquads = new ByteArrayOutputStream();
            RDFDataMgr.write(nquads, dataset, Lang.NQUADS);
            rioDataset = parseWithRio(nquads.toByteArray(), RDFFormat.NQUADS);
            var union = GraphFactory.createDefaultGraph();
            unionTriples.forEach(union::add);
            ByteArrayOutputStream ntriples = new ByteArrayOutputStream();
            RDFDataMgr.write(ntriples, union, Lang.NTRIPLES);
            rioUnion = parseWithRio(ntriples.toByteArray(), RDFFormat.NTRIPLES);
            return null;
        });
        assertThat(storedQuads).hasSizeGreaterThan(5000);
        assertThat(unionTriples).hasSizeLessThan(storedQuads.size()); // actors repeat across reports
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ExportFormat.class, names = {"TRIG", "NQUADS", "JSONLD", "RDF4J_BINARY"})
    void formatsWithGraphNamesKeepTheWholeDataset(ExportFormat format) {
        byte[] exported = export(format, "all");

        assertThat(Models.isomorphic(parseWithRio(exported, format.rio()), rioDataset))
                .as("Rio reads back the dataset").isTrue();
        if (format != ExportFormat.RDF4J_BINARY) { // Jena has no reader for RDF4J's binary format
            DatasetGraph read = parseWithJena(exported, jenaLang(format));
            Set<Quad> quads = new HashSet<>();
            read.find().forEachRemaining(quads::add);
            assertThat(quads).as("Jena reads back every quad").isEqualTo(storedQuads);
            boolean isomorphic = store.read(dataset -> IsoMatcher.isomorphic(dataset, read));
            assertThat(isomorphic).as("isomorphic (Jena IsoMatcher)").isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ExportFormat.class, names = {"TURTLE", "NTRIPLES", "RDFXML"})
    void singleGraphFormatsHoldTheUnionOfAllGraphs(ExportFormat format) {
        byte[] exported = export(format, "all");

        assertThat(Models.isomorphic(parseWithRio(exported, format.rio()), rioUnion)).isTrue();
        DatasetGraph read = parseWithJena(exported, jenaLang(format));
        assertThat(read.listGraphNodes().hasNext()).as("no named graphs").isFalse();
        assertThat(new HashSet<>(read.getDefaultGraph().find().toList())).isEqualTo(unionTriples);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ExportFormat.class, names = {"TURTLE", "TRIG", "JSONLD", "RDFXML"})
    void oneReportGraphComesOutAlone(ExportFormat format) {
        String report = "000_b8116d2267b8fc92";
        Node graph = org.qawl.iri.Iris.defaults().reportGraph(report);
        Set<Triple> expected = store.read(dataset -> new HashSet<>(dataset.getGraph(graph).find().toList()));

        DatasetGraph read = parseWithJena(export(format, report), jenaLang(format));

        Node where = format.carriesGraphNames() ? graph : Quad.defaultGraphIRI;
        assertThat(new HashSet<>(read.getGraph(where).find().toList())).isEqualTo(expected).isNotEmpty();
    }

    @Test
    void theUnionComesFromTheIndexEachTripleOnceWithSubjectsTogether() {
        List<Triple> union = store.read(dataset -> {
            List<Triple> triples = new ArrayList<>();
            UnionTriples.of(dataset).forEachRemaining(triples::add);
            return triples;
        });

        assertThat(union).hasSameSizeAs(unionTriples).containsExactlyInAnyOrderElementsOf(unionTriples);
        Set<Node> finished = new HashSet<>();
        Node current = null;
        for (Triple triple : union) {
            if (!triple.getSubject().equals(current)) {
                assertThat(finished.add(triple.getSubject())).as("%s comes in one run", triple.getSubject()).isTrue();
                current = triple.getSubject();
            }
        }
    }

    @Test
    void aLargeGraphIsWrittenInChunksThatReadersMerge() throws Exception {
        Node actors = org.qawl.iri.Iris.defaults().actorsGraph();
        Set<Triple> expected = store.read(dataset -> new HashSet<>(dataset.getGraph(actors).find().toList()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.read(dataset -> {
            JsonLdWriter writer = new JsonLdWriter(out, 100);
            writer.graph(actors, dataset.getGraph(actors).find());
            writer.finish();
            return null;
        });

        JsonNode entries = new ObjectMapper().readTree(out.toByteArray()).get("@graph");
        assertThat(entries.size()).isGreaterThan(10);
        entries.forEach(entry -> assertThat(entry.get("id").asText()).isEqualTo(actors.getURI()));
        DatasetGraph read = parseWithJena(out.toByteArray(), Lang.JSONLD);
        assertThat(new HashSet<>(read.getGraph(actors).find().toList())).isEqualTo(expected);
        Model rio = parseWithRio(out.toByteArray(), RDFFormat.JSONLD);
        assertThat(rio.contexts()).hasSize(1);
        assertThat(rio).hasSize(expected.size());
    }

    @Test
    void turtleDeclaresThePrefixes() {
        String turtle = new String(export(ExportFormat.TURTLE, "actors"), StandardCharsets.UTF_8);
        assertThat(turtle).contains("@prefix qawl: <https://w3id.org/qawl/ns#>", "@prefix rdfs:",
                "@prefix skos:", "@prefix xsd:", "@prefix owl:", "@prefix schema:", "@prefix prov:",
                "@prefix oa:", "@prefix kb: <https://w3id.org/qawl/kb/>");
    }

    @Test
    void jsonLdReadsAsPlainJson() throws Exception {
        JsonNode json = new ObjectMapper().readTree(export(ExportFormat.JSONLD, "000_b8116d2267b8fc92"));

        assertThat(json.get("@context").get("content").get("@id").asText()).isEqualTo("qawl:content");
        JsonNode graph = json.get("@graph").get(0);
        assertThat(graph.get("id").asText()).isEqualTo("https://w3id.org/qawl/kb/graph/000_b8116d2267b8fc92");
        JsonNode statement = null;
        for (JsonNode node : graph.get("@graph")) {
            if (node.path("type").asText().equals("Statement")) {
                statement = node;
                break;
            }
        }
        assertThat(statement).as("a statement with short keys").isNotNull();
        assertThat(statement.get("content").isTextual()).isTrue();
        assertThat(statement.get("speaker").asText()).startsWith("https://w3id.org/qawl/kb/actor/");
        assertThat(statement.get("report").asText()).isEqualTo("https://w3id.org/qawl/kb/report/000_b8116d2267b8fc92");
        assertThat(statement.has("start")).isTrue();
    }

    private static byte[] export(ExportFormat format, String graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfExport.write(store, format, graph, out);
        return out.toByteArray();
    }

    static Model parseWithRio(byte[] bytes, RDFFormat format) {
        try {
            return Rio.parse(new ByteArrayInputStream(bytes), "", format);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static DatasetGraph parseWithJena(byte[] bytes, Lang lang) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).parse(dataset);
        return dataset;
    }

    static Lang jenaLang(ExportFormat format) {
        return switch (format) {
            case TURTLE -> Lang.TURTLE;
            case TRIG -> Lang.TRIG;
            case NQUADS -> Lang.NQUADS;
            case NTRIPLES -> Lang.NTRIPLES;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
            default -> throw new IllegalArgumentException(format + " has no Jena reader");
        };
    }
}
