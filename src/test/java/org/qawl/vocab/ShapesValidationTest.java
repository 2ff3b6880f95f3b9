package org.qawl.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qawl.ingest.Report;
import org.qawl.ingest.ReportReader;
import org.qawl.iri.Iris;
import org.qawl.map.Extractor;

/**
 * What the extractor publishes for the sample reports conforms to {@code ontology/shapes.ttl},
 * and the shapes do reject bad data (a wrong span, an unknown mode), so a green run means
 * something. Each report graph is validated together with the ontology, because sh:class
 * follows rdfs:subClassOf only in the data graph (see the header of shapes.ttl).
 */
class ShapesValidationTest {
    private static final String PREFIXES = """
            PREFIX qawl: <https://w3id.org/qawl/ns#>
            PREFIX kb:   <https://w3id.org/qawl/kb/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            """;

    /**
     * A report of one line and a statement that conforms; the negative tests change one thing.
     * «قال الوزير "الوضع مستقر"»: the content الوضع مستقر is code points [12, 23).
     */
    private static final String GOOD_STATEMENT = PREFIXES + """
            kb:report\\/r1 a qawl:Report ;
                qawl:title "قال الوزير \\"الوضع مستقر\\""@ar ;
                qawl:text "قال الوزير \\"الوضع مستقر\\""@ar ;
                qawl:language "ar" .
            kb:actor\\/الوزير a qawl:Person ; rdfs:label "الوزير"@ar .
            kb:statement\\/r1\\/12 a qawl:Statement ;
                qawl:inReport kb:report\\/r1 ;
                qawl:speaker kb:actor\\/الوزير ;
                qawl:speakerText "الوزير"@ar ; qawl:speakerStart 4 ; qawl:speakerEnd 10 ;
                qawl:verb "قال"@ar ; qawl:verbLemma "قال"@ar ; qawl:verbStart 0 ; qawl:verbEnd 3 ;
                qawl:content "الوضع مستقر"@ar ;
                qawl:start 12 ; qawl:end 23 ;
                qawl:mode "direct" ;
                qawl:headline true ;
                qawl:rule "test" ;
                qawl:confidence 0.90 .
            """;

    /**
     * A count stated in a statement: «قال الوزير "اعتقلنا 300 شخص"»; the content is code points
     * [12, 27), the count «300 شخص» [20, 27).
     */
    private static final String GOOD_COUNT = PREFIXES + """
            kb:report\\/r3 a qawl:Report ;
                qawl:title "قال الوزير \\"اعتقلنا 300 شخص\\""@ar ;
                qawl:text "قال الوزير \\"اعتقلنا 300 شخص\\""@ar ;
                qawl:language "ar" .
            kb:actor\\/الوزير a qawl:Person ; rdfs:label "الوزير"@ar .
            kb:statement\\/r3\\/12 a qawl:Statement ;
                qawl:inReport kb:report\\/r3 ;
                qawl:speaker kb:actor\\/الوزير ;
                qawl:speakerText "الوزير"@ar ; qawl:speakerStart 4 ; qawl:speakerEnd 10 ;
                qawl:content "اعتقلنا 300 شخص"@ar ;
                qawl:start 12 ; qawl:end 27 ;
                qawl:mode "direct" ;
                qawl:rule "test" ;
                qawl:confidence 0.90 .
            kb:count\\/r3\\/20 a qawl:Count ;
                qawl:inReport kb:report\\/r3 ;
                qawl:value 300.0 ;
                qawl:qualifier "exact" ;
                qawl:unit "شخص"@ar ;
                qawl:unitClass "person" ;
                qawl:start 20 ; qawl:end 27 ;
                qawl:statedIn kb:statement\\/r3\\/12 .
            """;

    /** «سيبدأ الانسحاب في غضون يومين»: the length «في غضون يومين» is code points [15, 28). */
    private static final String GOOD_DURATION = PREFIXES + """
            PREFIX time: <http://www.w3.org/2006/time#>
            kb:report\\/r4 a qawl:Report ;
                qawl:title "سيبدأ الانسحاب في غضون يومين"@ar ;
                qawl:text "سيبدأ الانسحاب في غضون يومين"@ar ;
                qawl:language "ar" .
            kb:duration\\/r4\\/15 a qawl:Duration ;
                qawl:inReport kb:report\\/r4 ;
                time:hasXSDDuration "P2D"^^xsd:duration ;
                qawl:qualifier "within" ;
                rdfs:label "في غضون يومين"@ar ;
                qawl:start 15 ; qawl:end 28 .
            """;

    static Path projectDir;
    static Shapes shapes;
    static Graph ontology;

    @BeforeAll
    static void loadShapesAndOntology() {
        projectDir = Path.of(System.getProperty("qawl.project.dir", "."));
        shapes = Shapes.parse(RDFDataMgr.loadGraph(projectDir.resolve("ontology/shapes.ttl").toString()));
        ontology = RDFDataMgr.loadGraph(projectDir.resolve("ontology/qawl.ttl").toString());
    }

    static Stream<Path> sampleReports() throws IOException {
        Path folder = Path.of(System.getProperty("qawl.project.dir", ".")).resolve("data/reports");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> reports = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertThat(reports).as("sample reports in " + folder).hasSize(5);
            return reports.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleReports")
    void everyReportGraphOfASampleConformsToTheShapes(Path file) throws Exception {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        for (Report report : ReportReader.read(file).reports()) {
            Extractor.standard(Iris.defaults()).extract(report, StreamRDFLib.dataset(dataset));
        }

        // everything goes into report graphs, and the shapes have something to check
        assertThat(dataset.getDefaultGraph().isEmpty()).as("default graph is empty").isTrue();
        List<Node> graphs = graphNames(dataset);
        assertThat(graphs).hasSize(1);
        for (Node graphName : graphs) {
            Graph graph = dataset.getGraph(graphName);
            assertThat(graph.contains(Node.ANY, RDF.type.asNode(), Qawl.Statement))
                    .as("%s has statements", graphName).isTrue();
            ValidationReport report = validate(graph);
            assertThat(report.conforms()).as("%s:%n%s", graphName, readable(report)).isTrue();
        }
    }

    @Test
    void theHandMadeStatementConforms() {
        // also shows sh:class qawl:Actor accepting a qawl:Person through the ontology
        ValidationReport report = validate(turtle(GOOD_STATEMENT));
        assertThat(report.conforms()).as(readable(report)).isTrue();
    }

    @Test
    void contentThatIsNotTheSpanIsAViolation() {
        Graph graph = turtle(GOOD_STATEMENT.replace("qawl:content \"الوضع مستقر\"", "qawl:content \"الوضع متوتر\""));
        assertThat(components(validate(graph))).containsExactly(SHACL.SPARQLConstraintComponent);
    }

    @Test
    void offsetsOneOffAreAViolation() {
        Graph graph = turtle(GOOD_STATEMENT.replace("qawl:start 12 ; qawl:end 23", "qawl:start 11 ; qawl:end 22"));
        assertThat(components(validate(graph))).containsExactly(SHACL.SPARQLConstraintComponent);
    }

    @Test
    void aSpeakerTextThatIsNotItsSpanIsAViolation() {
        Graph graph = turtle(GOOD_STATEMENT.replace("qawl:speakerStart 4", "qawl:speakerStart 3"));
        assertThat(components(validate(graph))).containsExactly(SHACL.SPARQLConstraintComponent);
    }

    @Test
    void aSpanPastTheEndOfTheTextIsAViolation() {
        Graph graph = turtle(GOOD_STATEMENT.replace("qawl:end 23", "qawl:end 40"));
        assertThat(components(validate(graph))).contains(SHACL.SPARQLConstraintComponent);
    }

    @Test
    void anUnknownModeIsAViolation() {
        Graph graph = turtle(GOOD_STATEMENT.replace("\"direct\"", "\"quoted\""));
        assertThat(components(validate(graph))).containsExactly(SHACL.InConstraintComponent);
    }

    @Test
    void aSpeakerThatIsNoActorIsAViolation() {
        Graph graph = turtle(GOOD_STATEMENT.replace("kb:actor\\/الوزير a qawl:Person ;", "kb:actor\\/الوزير"));
        assertThat(components(validate(graph))).containsExactly(SHACL.ClassConstraintComponent);
    }

    @Test
    void aPersonWithoutALabelIsAViolationOfTheActorShape() {
        // ActorShape targets qawl:Actor; it reaches a qawl:Person only through the ontology
        Graph graph = turtle(GOOD_STATEMENT.replace("qawl:Person ; rdfs:label \"الوزير\"@ar", "qawl:Person"));
        assertThat(components(validate(graph))).containsExactly(SHACL.MinCountConstraintComponent);
    }

    @Test
    void aConfidenceAboveOneIsAViolation() {
        Graph graph = turtle(GOOD_STATEMENT.replace("0.90", "1.5"));
        assertThat(components(validate(graph))).containsExactly(SHACL.MaxInclusiveConstraintComponent);
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        // 𝕏 (U+1D54F) is one code point but two UTF-16 units: SUBSTR must count it once
        String text = "قال 𝕏 \\\"نعم\\\"";
        Graph graph = turtle(PREFIXES + """
                kb:report\\/r2 a qawl:Report ; qawl:title "%1$s"@ar ; qawl:text "%1$s"@ar ;
                    qawl:language "ar" .
                kb:actor\\/x a qawl:Actor ; rdfs:label "𝕏"@ar .
                kb:statement\\/r2\\/7 a qawl:Statement ; qawl:inReport kb:report\\/r2 ;
                    qawl:speaker kb:actor\\/x ; qawl:speakerText "𝕏"@ar ;
                    qawl:speakerStart 4 ; qawl:speakerEnd 5 ;
                    qawl:content "نعم"@ar ; qawl:start 7 ; qawl:end 10 ; qawl:mode "direct" ;
                    qawl:rule "test" ; qawl:confidence 0.5 .
                """.formatted(text));
        ValidationReport report = validate(graph);
        assertThat(report.conforms()).as(readable(report)).isTrue();
    }

    @Test
    void theHandMadeCountConforms() {
        ValidationReport report = validate(turtle(GOOD_COUNT));
        assertThat(report.conforms()).as(readable(report)).isTrue();
    }

    @Test
    void aCountWhoseUnitIsNotInItsSpanIsAViolation() {
        Graph graph = turtle(GOOD_COUNT.replace("qawl:start 20 ; qawl:end 27", "qawl:start 12 ; qawl:end 19"));
        assertThat(components(validate(graph))).containsExactly(SHACL.SPARQLConstraintComponent);
    }

    @Test
    void aCountOutsideTheContentOfItsStatementIsAViolation() {
        Graph graph = turtle(GOOD_COUNT.replace("qawl:content \"اعتقلنا 300 شخص\"", "qawl:content \"اعتقلنا 300\"")
                .replace("qawl:start 12 ; qawl:end 27", "qawl:start 12 ; qawl:end 23"));
        assertThat(components(validate(graph))).containsExactly(SHACL.SPARQLConstraintComponent);
    }

    @Test
    void anUnknownQualifierOrAMissingValueIsAViolation() {
        assertThat(components(validate(turtle(GOOD_COUNT.replace("\"exact\"", "\"roughly\"")))))
                .containsExactly(SHACL.InConstraintComponent);
        assertThat(components(validate(turtle(GOOD_COUNT.replace("qawl:value 300.0 ;", "")))))
                .containsExactly(SHACL.MinCountConstraintComponent);
    }

    @Test
    void theHandMadeDurationConforms() {
        ValidationReport report = validate(turtle(GOOD_DURATION));
        assertThat(report.conforms()).as(readable(report)).isTrue();
    }

    @Test
    void aDurationWhoseWordsAreNotItsSpanOrWhoseLengthIsNoDurationIsAViolation() {
        assertThat(components(validate(turtle(GOOD_DURATION.replace("qawl:start 15", "qawl:start 14")))))
                .containsExactly(SHACL.SPARQLConstraintComponent);
        assertThat(components(validate(turtle(GOOD_DURATION.replace("\"P2D\"^^xsd:duration", "\"2 days\"")))))
                .containsExactly(SHACL.DatatypeConstraintComponent);
    }

    /** Validates a graph with the ontology added, so subclasses count as their superclasses. */
    private static ValidationReport validate(Graph data) {
        Graph withOntology = GraphFactory.createDefaultGraph();
        data.find().forEach(withOntology::add);
        ontology.find().forEach(withOntology::add);
        return ShaclValidator.get().validate(shapes, withOntology);
    }

    private static List<Node> components(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::sourceConstraintComponent).distinct().toList();
    }

    private static String readable(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, report);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Graph turtle(String text) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(graph);
        return graph;
    }

    private static List<Node> graphNames(DatasetGraph dataset) {
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        return names;
    }
}
