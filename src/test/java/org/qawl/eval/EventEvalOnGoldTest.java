package org.qawl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qawl.build.Progress;
import org.qawl.build.StoreBuilder;
import org.qawl.event.EventTypes;
import org.qawl.iri.Iris;
import org.qawl.map.Extractor;
import org.qawl.store.Tdb2Store;

/**
 * Scores events (after merging across reports), their counts and the deployment record on the
 * sample reports against the gold events.jsonl and deployments.jsonl. The event and deployment
 * thresholds are the targets (event F1 ≥ 0.80, deployment fields ≥ 0.90 right); the
 * count floors sit one count under what was measured when they were set.
 */
class EventEvalOnGoldTest {
    private static final Path PROJECT = Path.of(System.getProperty("qawl.project.dir", "."));

    @TempDir
    Path temp;

    @Test
    void eventsTheirCountsAndTheDeploymentScoreAboveTheFloor() {
        GoldSet gold = GoldSet.read(PROJECT.resolve("src/test/resources/gold"));
        try (Tdb2Store store = Tdb2Store.open(temp.resolve("store"))) {
            new StoreBuilder(Extractor.standard(Iris.defaults()), store, new PrintWriter(new StringWriter()))
                    .build(List.of(PROJECT.resolve("data/reports")), Progress.none());
            Map<String, String> texts = StoreEvents.texts(store);
            EventScorer.Result events = new EventScorer(texts).score(gold.events(),
                    StoreEvents.read(store, EventTypes.load()), new TreeSet<>(texts.keySet()));
            DeploymentScorer.Result deployment = new DeploymentScorer(gold.actors())
                    .score(gold.deployments().get(0), store);
            CountScorer.Result counts = new CountScorer(ActorNames.read(gold.actors(), store)::isActor)
                    .score(gold.events(), events.paired(), StoreCounts.read(store), new TreeSet<>(texts.keySet()));
            System.out.printf("events P %.3f R %.3f F1 %.3f; deployment fields %.3f; counts found %d of %d"
                    + " (qualifier right %d, source right %d, not linked %d), extra %d of %d%n",
                    events.overall().precision(), events.overall().recall(), events.overall().f1(), deployment.accuracy(),
                    counts.found().correctGold(), counts.found().gold(), counts.qualifierRight(), counts.sourceRight(),
                    counts.count(CountScorer.Outcome.NOT_LINKED), counts.extras().size(), counts.found().predicted());
            assertThat(events.overall().f1()).as("event F1 after merging").isGreaterThanOrEqualTo(0.80);
            assertThat(deployment.accuracy()).as("deployment field accuracy").isGreaterThanOrEqualTo(0.90);
            assertThat(counts.found().gold()).as("gold counts read").isEqualTo(17);
            assertThat(counts.found().correctGold()).as("gold counts found on their event").isGreaterThanOrEqualTo(12);
            assertThat(counts.qualifierRight()).as("found with the right qualifier").isGreaterThanOrEqualTo(12);
            assertThat(counts.sourceRight()).as("found with the right source").isGreaterThanOrEqualTo(12);
        }
    }
}
