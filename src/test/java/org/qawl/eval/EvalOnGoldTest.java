package org.qawl.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qawl.build.Progress;
import org.qawl.build.StoreBuilder;
import org.qawl.iri.Iris;
import org.qawl.map.Extractor;
import org.qawl.store.Tdb2Store;

/**
 * Scores extraction on both gold sets: the sample reports (gold copied into the repository) and
 * the eight corpus reports of ../shared/gold-extra (read in place; skipped where absent). The
 * thresholds are the targets of the who-said-what issue: attribution F1 at least 0.95 on core
 * and 0.85 on all statements of the sample reports, and 0.85 on reports from other outlets;
 * and of the actors issue: actor F1 at least 0.90 and merge F1 at least 0.95 on the sample
 * reports. gold-extra annotates only speakers, addressees and conduits (its README, N1), so
 * there only actor recall is meaningful; its floor sits a few actors (1 of 48 is 2 points)
 * below the 0.75 measured when it was set.
 */
class EvalOnGoldTest {
    private static final Path PROJECT = Path.of(System.getProperty("qawl.project.dir", "."));

    @TempDir
    Path temp;

    @Test
    void sampleReportsScoreAboveTheFloor() {
        EvaluationReport report = evaluate(PROJECT.resolve("data/reports"),
                PROJECT.resolve("src/test/resources/gold"));
        assertThat(report.coreAttribution().f1()).as("core attribution F1").isGreaterThanOrEqualTo(0.95);
        assertThat(report.allAttribution().f1()).as("all attribution F1").isGreaterThanOrEqualTo(0.85);
        assertThat(actors.actors().f1()).as("actor F1").isGreaterThanOrEqualTo(0.90);
        assertThat(actors.merge().f1()).as("actor merge F1").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void unseenCorpusReportsScoreAboveTheFloor() {
        Path extra = PROJECT.resolve("../shared/gold-extra").normalize();
        assumeTrue(Files.isDirectory(extra.resolve("reports")), "../shared/gold-extra not present");
        EvaluationReport report = evaluate(extra.resolve("reports"), extra);
        assertThat(report.coreAttribution().f1()).as("core attribution F1").isGreaterThanOrEqualTo(0.85);
        assertThat(report.allAttribution().f1()).as("all attribution F1").isGreaterThanOrEqualTo(0.85);
        assertThat(actors.actors().recall()).as("actor recall").isGreaterThanOrEqualTo(0.70);
    }

    /** The actor scores of the last {@link #evaluate}. */
    private ActorScorer.Result actors;

    private EvaluationReport evaluate(Path reports, Path gold) {
        GoldSet goldSet = GoldSet.read(gold);
        List<PredictedStatement> predicted;
        List<StoreActors.ReportActor> found;
        try (Tdb2Store store = Tdb2Store.open(temp.resolve("store"))) {
            new StoreBuilder(Extractor.standard(Iris.defaults()), store, new PrintWriter(new StringWriter()))
                    .build(List.of(reports), Progress.none());
            predicted = StoreStatements.read(store);
            found = StoreActors.read(store);
        }
        actors = new ActorScorer(goldSet.actors()).score(found, new java.util.TreeSet<>(
                goldSet.statements().stream().map(GoldStatement::report).toList()));
        System.out.printf(java.util.Locale.ROOT, "actors: P %.3f R %.3f F1 %.3f; merge P %.3f R %.3f F1 %.3f%n",
                actors.actors().precision(), actors.actors().recall(), actors.actors().f1(),
                actors.merge().precision(), actors.merge().recall(), actors.merge().f1());
        EvaluationReport report = new EvaluationReport(
                new StatementScorer(goldSet.actors()).score(goldSet.statements(), predicted));
        StringWriter printed = new StringWriter();
        report.print(new PrintWriter(printed), false);
        System.out.println(printed); // the figures, for the build log
        return report;
    }
}
