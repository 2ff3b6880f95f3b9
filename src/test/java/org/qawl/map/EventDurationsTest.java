package org.qawl.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.qawl.iri.Iris;
import org.qawl.vocab.OwlTime;
import org.qawl.vocab.Qawl;

/**
 * Lengths of time as qawl:Duration, and the event each measures: when it starts, how long it
 * lasts, or within what time it happens; and the mission of a body as a deployment.
 */
class EventDurationsTest {
    private static final Iris IRIS = Iris.defaults();

    @Test
    void aWithdrawalThatStartsWithinTwoDaysAndLastsAtMostTen() {
        String text = "خبر\nوأكد الرئيس أن انسحاب القوات الأجنبية سيبدأ في غضون يومين ولن يستغرق ذلك أكثر من 10 أيام.";
        Graph graph = extract(text);
        Node withdrawal = eventOfType(graph, "Withdrawal");
        Node startsWithin = object(graph, withdrawal, Qawl.startsWithin);
        assertThat(startsWithin).isEqualTo(IRIS.duration("r1", text.indexOf("في غضون يومين")));
        assertThat(object(graph, startsWithin, OwlTime.hasXSDDuration)).isEqualTo(duration("P2D"));
        assertThat(object(graph, startsWithin, Qawl.qualifier)).isEqualTo(NodeFactory.createLiteralString("within"));
        Node lasts = object(graph, withdrawal, Qawl.lasts);
        assertThat(object(graph, lasts, OwlTime.hasXSDDuration)).isEqualTo(duration("P10D"));
        assertThat(object(graph, lasts, Qawl.qualifier)).isEqualTo(NodeFactory.createLiteralString("at-most"));
        // the length stated in the president's statement has him as its source
        assertThat(graph.find(lasts, Qawl.statedIn, Node.ANY).toList()).hasSize(1);
    }

    @Test
    void aLengthAfterAnEventNamedAsAGenitiveGoesToTheHeadNoun() {
        String text = "خبر\nقال الوزير إن انسحاب قوات حفظ السلام سيبدأ خلال يومين.";
        Graph graph = extract(text);
        assertThat(graph.find(eventOfType(graph, "Withdrawal"), Qawl.startsWithin, Node.ANY).toList()).hasSize(1);
        assertThat(graph.find(eventOfType(graph, "Deployment"), Qawl.startsWithin, Node.ANY).toList()).isEmpty();
    }

    @Test
    void withinWithoutAStartIsWhenItHappensAndForAWeekIsHowLongItLasts() {
        String text = "خبر\nستنسحب القوات خلال ثلاثة أيام. وأعلنت الحكومة فرض حالة الطوارئ لمدة أسبوع في العاصمة.";
        Graph graph = extract(text);
        Node within = object(graph, eventOfType(graph, "Withdrawal"), Qawl.happensWithin);
        assertThat(object(graph, within, OwlTime.hasXSDDuration)).isEqualTo(duration("P3D"));
        Node lasts = object(graph, eventOfType(graph, "StateOfEmergency"), Qawl.lasts);
        assertThat(object(graph, lasts, OwlTime.hasXSDDuration)).isEqualTo(duration("P7D"));
    }

    @Test
    void aLengthWithNoEventInItsSentenceIsPublishedButMeasuresNothing() {
        String text = "خبر\nوقال المتحدث إن النتائج ستعلن خلال يومين.";
        Graph graph = extract(text);
        Node duration = IRIS.duration("r1", text.indexOf("خلال يومين"));
        assertThat(graph.contains(duration, RDF.type.asNode(), Qawl.Duration)).isTrue();
        assertThat(graph.find(Node.ANY, Node.ANY, duration).toList()).isEmpty();
    }

    @Test
    void aLengthInAnotherClauseOrSinceTheLastTimeMeasuresNoEvent() {
        String text = "خبر\nاعتقل الصحفي وزوجته ثم حكم عليه بالسجن لمدة ست سنوات. "
                + "ورفع البنك أسعار الفائدة للمرة الأولى منذ نحو عشر سنوات.";
        Graph graph = extract(text);
        for (String words : List.of("لمدة ست سنوات", "نحو عشر سنوات")) {
            Node duration = IRIS.duration("r1", text.indexOf(words));
            assertThat(graph.contains(duration, RDF.type.asNode(), Qawl.Duration)).as(words).isTrue();
            assertThat(graph.find(Node.ANY, Node.ANY, duration).toList()).as(words).isEmpty();
        }
    }

    @Test
    void theMissionOfAnOrganizationIsADeploymentButATaskOrACountrysDelegationIsNot() {
        String mission = "خبر\nوصلت بعثة الأمم المتحدة إلى العاصمة الليبية طرابلس أمس.";
        assertThat(mentionsOf(extract(mission), "Deployment")).containsExactly("بعثة الأمم المتحدة");
        String notMissions = "خبر\nوصلت بعثة مصر إلى الدوحة للمشاركة في البطولة. ووصلت بعثة نادي الهلال إلى جدة. وقال إن مهمة صعبة تنتظر الحكومة.";
        assertThat(mentionsOf(extract(notMissions), "Deployment")).isEmpty();
    }

    private static Graph extract(String text) {
        return ExtractedReport.graph("r1", text, "2022-01-10");
    }

    private static Node eventOfType(Graph graph, String type) {
        List<Node> events = graph.find(Node.ANY, Qawl.eventType, NodeFactory.createURI("https://w3id.org/qawl/event-type/" + type))
                .mapWith(Triple::getSubject).toList();
        assertThat(events).as(type).hasSize(1);
        return events.get(0);
    }

    private static List<String> mentionsOf(Graph graph, String type) {
        Node iri = NodeFactory.createURI("https://w3id.org/qawl/event-type/" + type);
        return graph.find(Node.ANY, Qawl.eventType, iri).mapWith(Triple::getSubject).toList().stream()
                .flatMap(e -> graph.find(e, Qawl.eventMention, Node.ANY).mapWith(Triple::getObject).toList().stream())
                .map(m -> object(graph, m, org.apache.jena.vocabulary.RDFS.label.asNode()).getLiteralLexicalForm())
                .toList();
    }

    private static Node object(Graph graph, Node subject, Node predicate) {
        List<Node> objects = graph.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList();
        assertThat(objects).as(predicate.getLocalName()).hasSize(1);
        return objects.get(0);
    }

    private static Node duration(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDduration);
    }
}
