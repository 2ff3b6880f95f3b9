package org.qawl.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qawl.event.EventTypes;
import org.qawl.iri.Iris;
import org.qawl.store.Tdb2Store;
import org.qawl.vocab.Qawl;

/**
 * Accounts of three reports of one attack merged into one event: the actor most accounts make
 * the agent is its agent, not also the target one account made it; parts that tie are both kept.
 */
class EventMergerTest {
    private static final Iris IRIS = Iris.defaults();
    private static final String KB = IRIS.base();

    @TempDir
    Path temp;

    @Test
    void anActorGetsThePartMostAccountsGiveIt() {
        List<Node> partsOfMilitants = partsIn("""
                account r1 agent militants ; account r2 agent militants ; account r3 target militants ;
                account r1 target police ; account r2 agent police""", "militants");
        assertThat(partsOfMilitants).containsExactly(Qawl.agent);
    }

    @Test
    void partsThatTieAreBothKept() {
        assertThat(partsIn("account r1 target police ; account r2 agent police", "police"))
                .containsExactlyInAnyOrder(Qawl.agent, Qawl.target);
    }

    /** Builds one attack account per report named in {@code spec} («account r1 agent militants ; ...»), merges, reads. */
    private List<Node> partsIn(String spec, String actor) {
        StringBuilder trig = new StringBuilder("""
                PREFIX qawl: <https://w3id.org/qawl/ns#>
                PREFIX et: <https://w3id.org/qawl/event-type/>
                PREFIX kb: <%s>
                """.formatted(KB));
        for (String clause : spec.split(";")) {
            String[] words = clause.strip().split("\\s+");
            String report = words[1];
            trig.append("""
                    kb:graph\\/%1$s { kb:event\\/%1$s\\/10 qawl:eventType et:Attack ; qawl:reportedIn kb:report\\/%1$s ;
                        qawl:place kb:actor\\/almaty ; qawl:participant kb:actor\\/%3$s ; qawl:%2$s kb:actor\\/%3$s . }
                    """.formatted(report, words[2], words[3]));
        }
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.fromString(trig.toString(), Lang.TRIG).parse(parsed);
        try (Tdb2Store store = Tdb2Store.open(temp.resolve("store"))) {
            parsed.listGraphNodes().forEachRemaining(graph -> store.replaceGraph(graph,
                    out -> parsed.getGraph(graph).find().forEachRemaining(t -> out.quad(Quad.create(graph, t)))));
            EventMerger.update(store, IRIS, EventTypes.load());
            return store.read(dataset -> {
                Node merged = dataset.find(IRIS.eventsGraph(), Node.ANY, Qawl.mergedInto, Node.ANY).next().getObject();
                Node militants = NodeFactory.createURI(KB + "actor/" + actor);
                return dataset.getGraph(IRIS.eventsGraph()).find(merged, Node.ANY, militants).mapWith(t -> t.getPredicate())
                        .toList().stream().filter(p -> !p.equals(Qawl.participant)).toList();
            });
        }
    }
}
