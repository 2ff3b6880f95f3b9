package org.qawl.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qawl.ingest.Report;
import org.qawl.iri.Iris;
import org.qawl.vocab.Qawl;

/**
 * The counts of a small report as RDF: one qawl:Count per number, with its value, qualifier,
 * unit, class and span, and the statement it is stated in, whose speaker gave the figure.
 */
class CountMapperTest {
    private static final Iris IRIS = Iris.defaults();
    /** Title line, then: a statement that gives a figure, and a figure outside any statement. */
    private static final String TEXT = "اشتباكات في العاصمة\n"
            + "قال وزير الداخلية إن الشرطة اعتقلت نحو 300 شخص خلال يومين. "
            + "وأصيب 95 شرطيا و 17 من رجال الأمن في الاشتباكات.";

    static Graph graph;

    @BeforeAll
    static void extract() {
        graph = ExtractedReport.graph("r1", TEXT, "2022-01-10");
    }

    @Test
    void aFigureInAStatementIsACountStatedInItWithTheSpeakerAsSource() {
        int start = TEXT.indexOf("نحو 300 شخص");
        Node count = IRIS.count("r1", start);
        assertThat(graph.contains(count, RDF.type.asNode(), Qawl.Count)).isTrue();
        assertThat(object(count, Qawl.value)).isEqualTo(NodeFactory.createLiteralDT("300", XSDDatatype.XSDdecimal));
        assertThat(object(count, Qawl.qualifier)).isEqualTo(NodeFactory.createLiteralString("about"));
        assertThat(object(count, Qawl.unit)).isEqualTo(NodeFactory.createLiteralLang("شخص", "ar"));
        assertThat(object(count, Qawl.unitClass)).isEqualTo(NodeFactory.createLiteralString("person"));
        assertThat(object(count, Qawl.start)).isEqualTo(integer(start));
        assertThat(object(count, Qawl.end)).isEqualTo(integer(start + "نحو 300 شخص".length()));
        assertThat(object(count, Qawl.inReport)).isEqualTo(IRIS.report("r1"));

        Node statement = object(count, Qawl.statedIn);
        int contentStart = TEXT.indexOf("الشرطة اعتقلت");
        assertThat(statement).isEqualTo(IRIS.statement("r1", contentStart, 0));
        assertThat(graph.contains(statement, RDF.type.asNode(), Qawl.Statement)).isTrue();
        assertThat(graph.find(statement, Qawl.speaker, Node.ANY).toList()).hasSize(1);
    }

    @Test
    void aFigureOutsideEveryStatementHasNoStatement() {
        Node injured = IRIS.count("r1", TEXT.indexOf("95 شرطيا"));
        assertThat(object(injured, Qawl.unitClass)).isEqualTo(NodeFactory.createLiteralString("security-personnel"));
        assertThat(graph.find(injured, Qawl.statedIn, Node.ANY).toList()).isEmpty();

        Node partitive = IRIS.count("r1", TEXT.indexOf("17 من رجال الأمن"));
        assertThat(object(partitive, Qawl.unit)).isEqualTo(NodeFactory.createLiteralLang("رجال الأمن", "ar"));
        assertThat(object(partitive, Qawl.qualifier)).isEqualTo(NodeFactory.createLiteralString("exact"));
    }

    @Test
    void theLengthOfADurationIsTimeNotACount() {
        List<Node> counts = graph.find(Node.ANY, RDF.type.asNode(), Qawl.Count).mapWith(Triple::getSubject).toList();
        assertThat(counts).hasSize(3).doesNotContain(IRIS.count("r1", TEXT.indexOf("خلال يومين")));
    }

    @Test
    void aRangeHasItsUpperEnd() {
        String text = "مقتل بين 10 و20 مسلحاً\nقتل بين 10 و20 مسلحاً في المعارك.";
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Extractor.standard(IRIS).extract(Report.ofText("r2", text), StreamRDFLib.dataset(dataset));
        Graph range = dataset.getGraph(IRIS.reportGraph("r2"));
        Node count = IRIS.count("r2", text.lastIndexOf("بين 10"));
        assertThat(range.find(count, Qawl.value, Node.ANY).next().getObject())
                .isEqualTo(NodeFactory.createLiteralDT("10", XSDDatatype.XSDdecimal));
        assertThat(range.find(count, Qawl.upTo, Node.ANY).next().getObject())
                .isEqualTo(NodeFactory.createLiteralDT("20", XSDDatatype.XSDdecimal));
        assertThat(range.find(count, Qawl.qualifier, Node.ANY).next().getObject())
                .isEqualTo(NodeFactory.createLiteralString("range"));
    }

    private static Node object(Node subject, Node predicate) {
        List<Triple> found = graph.find(subject, predicate, Node.ANY).toList();
        assertThat(found).as("%s %s", subject, predicate).hasSize(1);
        return found.get(0).getObject();
    }

    private static Node integer(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger);
    }
}
