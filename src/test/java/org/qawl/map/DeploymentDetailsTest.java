package org.qawl.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qawl.iri.Iris;
import org.qawl.vocab.Qawl;

/**
 * What a report says of a deployment, read from a report on another force than the samples':
 * sender, destination, contributors, requester, purpose, and for each value the words that give
 * it (qawl:Evidence with its span).
 */
class DeploymentDetailsTest {
    private static final Iris IRIS = Iris.defaults();
    private static final String TEXT = "قوات أفريقية إلى الصومال\n"
            + "قرر الاتحاد الأفريقي إرسال قوات إلى الصومال بطلب من الرئيس الصومالي حسن شيخ محمود، لتعمل مع الجيش الصومالي. "
            + "وتضم القوات وحدات من القوات المسلحة لكينيا وأوغندا وإثيوبيا، وأرسلت القوات بهدف حماية المؤسسات الحكومية.";

    static Graph graph;
    static Node deployment;

    @BeforeAll
    static void extract() {
        graph = ExtractedReport.graph("r1", TEXT, "2023-02-01");
        List<Node> deployments = graph.find(Node.ANY, RDF.type.asNode(), Qawl.Deployment).mapWith(Triple::getSubject).toList();
        assertThat(deployments).as("one deployment account").hasSize(1);
        deployment = deployments.get(0);
    }

    @Test
    void senderDestinationAndContributorsEachWithTheWordsThatSayIt() {
        assertThat(objects(Qawl.deployedBy)).containsExactly(IRIS.actor("african_union"));
        assertThat(objects(Qawl.destination)).containsExactly(IRIS.actor("somalia"));
        assertThat(objects(Qawl.contributor)).containsExactlyInAnyOrder(IRIS.actor("kenya"), IRIS.actor("uganda"),
                IRIS.actor("ethiopia"));
        assertThat(evidence(Qawl.deployedBy, IRIS.actor("african_union"))).containsExactly("الاتحاد الأفريقي");
        assertThat(evidence(Qawl.contributor, IRIS.actor("uganda"))).containsExactly("وأوغندا");
        assertThat(evidence(Qawl.destination, IRIS.actor("somalia"))).contains("الصومال");
    }

    @Test
    void theHostsOwnArmyNamedBesideTheForceIsNotDeployed() {
        Node hostArmy = IRIS.actor("somalia_armed_forces");
        assertThat(graph.find(hostArmy, Qawl.mentionedAs, Node.ANY).toList()).as("the host's army is recognized").isNotEmpty();
        assertThat(objects(Qawl.force)).doesNotContain(hostArmy);
    }

    @Test
    void theOneAskedForInTheDeploymentsOwnWordsIsTheRequesterThePersonNotHisCountry() {
        List<Node> requesters = objects(Qawl.requestedBy);
        assertThat(requesters).hasSize(1);
        assertThat(requesters.get(0).getURI()).contains("/actor/person_");
        assertThat(evidence(Qawl.requestedBy, requesters.get(0))).singleElement().asString().contains("حسن شيخ محمود");
    }

    @Test
    void thePurposeIsTheWordsAfterTheCueAndItsEvidenceIsExactlyThoseWords() {
        Node purpose = NodeFactory.createLiteralLang("حماية المؤسسات الحكومية", "ar");
        assertThat(objects(Qawl.purpose)).containsExactly(purpose);
        Node evidence = evidenceNodes(Qawl.purpose, purpose).get(0);
        int start = TEXT.codePointCount(0, TEXT.indexOf("حماية المؤسسات"));
        assertThat(object(evidence, Qawl.start).getLiteralValue()).isEqualTo(start);
        assertThat(object(evidence, Qawl.end).getLiteralValue()).isEqualTo(start + "حماية المؤسسات الحكومية".length());
    }

    @Test
    void aStateThatSendsItsOwnForcesIsTheSenderAndTheRegionOfACountryItsDestination() {
        Graph other = ExtractedReport.graph("r2", "تركيا ترسل قوات\nقررت تركيا نشر قوات في شمال العراق لملاحقة المسلحين.",
                "2023-02-01");
        Node sent = other.find(Node.ANY, RDF.type.asNode(), Qawl.Deployment).mapWith(Triple::getSubject).toList().get(0);
        assertThat(other.find(sent, Qawl.deployedBy, Node.ANY).mapWith(Triple::getObject).toList())
                .containsExactly(IRIS.actor("turkey"));
        assertThat(other.find(sent, Qawl.destination, Node.ANY).mapWith(Triple::getObject).toList())
                .containsExactly(IRIS.actor("iraq"));
    }

    private static List<Node> objects(Node property) {
        return graph.find(deployment, property, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static List<Node> evidenceNodes(Node property, Node value) {
        return graph.find(Node.ANY, RDF.predicate.asNode(), property).mapWith(Triple::getSubject).toList().stream()
                .filter(e -> graph.contains(e, RDF.subject.asNode(), deployment)
                        && graph.contains(e, RDF.object.asNode(), value)
                        && graph.contains(e, RDF.type.asNode(), Qawl.Evidence))
                .toList();
    }

    private static List<String> evidence(Node property, Node value) {
        return evidenceNodes(property, value).stream()
                .map(e -> object(e, RDFS.label.asNode()).getLiteralLexicalForm()).toList();
    }

    private static Node object(Node subject, Node property) {
        List<Node> found = graph.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
