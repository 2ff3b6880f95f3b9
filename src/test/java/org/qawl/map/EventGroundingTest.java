package org.qawl.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.qawl.iri.Iris;
import org.qawl.vocab.Qawl;

/** Where an event happens: the place its words introduce, the whole country, or several places. */
class EventGroundingTest {
    private static final Iris IRIS = Iris.defaults();

    @Test
    void aStateOfEmergencyInSomeRegionsIncludingACityIsThereNotNationwide() {
        String text = "خبر\nوأعلن الرئيس المصري حالة الطوارئ في مناطق من البلاد، بما في ذلك الإسكندرية، حتى نهاية الشهر. "
                + "وفي يوم آخر أعلنت الحكومة حالة الطوارئ في جميع أنحاء البلاد.";
        Graph graph = extract(text);
        assertThat(places(graph, "StateOfEmergency")).containsExactlyInAnyOrder(IRIS.actor("alexandria"), IRIS.actor("egypt"));
    }

    @Test
    void aPlaceAfterInIsWhereItHappens() {
        Graph graph = extract("خبر\nخرجت مظاهرات في مدينة الإسكندرية أمس.");
        assertThat(places(graph, "Protest")).containsExactly(IRIS.actor("alexandria"));
    }

    private static List<Node> places(Graph graph, String type) {
        Node iri = NodeFactory.createURI("https://w3id.org/qawl/event-type/" + type);
        return graph.find(Node.ANY, Qawl.eventType, iri).mapWith(Triple::getSubject).toList().stream()
                .flatMap(e -> graph.find(e, Qawl.place, Node.ANY).mapWith(Triple::getObject).toList().stream())
                .toList();
    }

    private static Graph extract(String text) {
        return ExtractedReport.graph("r1", text, "2023-01-10");
    }
}
