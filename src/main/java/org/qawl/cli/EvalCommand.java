package org.qawl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.qawl.eval.ActorNames;
import org.qawl.eval.ActorScorer;
import org.qawl.eval.CountReport;
import org.qawl.eval.CountScorer;
import org.qawl.eval.EvaluationReport;
import org.qawl.eval.StoreActors;
import org.qawl.eval.GoldSet;
import org.qawl.eval.GoldStatement;
import org.qawl.eval.PredictedCount;
import org.qawl.eval.PredictedStatement;
import org.qawl.eval.StatementScorer;
import org.qawl.eval.StoreCounts;
import org.qawl.eval.StoreStatements;
import org.qawl.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qawl eval}: scores the store against gold annotation. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the statements in the store against gold annotation (the shared "
                + "gold format: statements.jsonl, actors.jsonl; and events.jsonl, deployments.jsonl "
                + "for events, their counts and the deployment, where present).",
                "Predicted and gold statements of the same report are paired by content overlap "
                        + "(Dice >= 0.5 on spans). Detection counts pairs; attribution also needs "
                        + "the speaker right. Build the gold's reports into the store first."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "Gold folder with statements.jsonl (and actors.jsonl).")
    Path gold;

    @Option(names = "--show", description = "List misses, wrong speakers and false alarms, and each "
            + "event count missed or found with a wrong qualifier or source, with why.")
    boolean show;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(gold.resolve("statements.jsonl"))) {
            throw new QawlException(ExitCodes.USAGE, gold + ": no statements.jsonl there");
        }
        GoldSet goldSet = GoldSet.read(gold);
        List<PredictedStatement> predicted;
        List<StoreActors.ReportActor> actors;
        List<org.qawl.eval.StoreEvents.PredictedEvent> events;
        java.util.Map<String, String> texts;
        List<PredictedCount> counts;
        ActorNames names;
        try (Tdb2Store opened = Tdb2Store.open(store.path())) {
            predicted = StoreStatements.read(opened);
            actors = StoreActors.read(opened);
            events = org.qawl.eval.StoreEvents.read(opened, org.qawl.event.EventTypes.load());
            texts = org.qawl.eval.StoreEvents.texts(opened);
            counts = StoreCounts.read(opened);
            names = ActorNames.read(goldSet.actors(), opened);
        }
        List<String> goldReports = goldSet.statements().stream().map(GoldStatement::report).distinct().toList();
        long covered = predicted.stream().map(PredictedStatement::report).distinct()
                .filter(goldReports::contains).count();
        if (covered == 0) {
            throw new QawlException(ExitCodes.BAD_INPUT, "the store has none of the gold's "
                    + goldReports.size() + " reports; build them first (qawl build --store "
                    + store.path() + " <their files>)");
        }
        StatementScorer.Result result = new StatementScorer(goldSet.actors())
                .score(goldSet.statements(), predicted);
        spec.commandLine().getOut().printf("gold: %s (%d statements in %d reports; %d reports in the store)%n",
                gold, goldSet.statements().size(), goldReports.size(), covered);
        new EvaluationReport(result).print(spec.commandLine().getOut(), show);
        if (!goldSet.actors().isEmpty()) {
            printActors(goldSet, actors, goldReports);
        }
        if (!goldSet.events().isEmpty()) {
            printEvents(goldSet, events, texts, goldReports, counts, names);
        }
        if (!goldSet.deployments().isEmpty()) {
            try (Tdb2Store opened = Tdb2Store.open(store.path())) {
                printDeployments(goldSet, opened);
            }
        }
        return ExitCodes.OK;
    }

    private void printActors(GoldSet goldSet, List<StoreActors.ReportActor> actors, List<String> reports) {
        ActorScorer.Result scored = new ActorScorer(goldSet.actors()).score(actors, new java.util.TreeSet<>(reports));
        java.io.PrintWriter out = spec.commandLine().getOut();
        out.println("== actors (found by a gold form and typed right, per report; merge = same IRI across reports)");
        out.printf("%-22s %6s %6s %7s %7s %7s%n", "", "pred", "gold", "P", "R", "F1");
        row(out, "actors", scored.actors());
        row(out, "merge (pairs)", scored.merge());
        if (show) {
            scored.missed().forEach(m -> out.println("MISS  " + m));
            scored.wrongType().forEach(m -> out.println("TYPE  " + m));
            scored.falseAlarms().forEach(m -> out.println("EXTRA " + m));
        }
        out.flush();
    }

    private void printEvents(GoldSet goldSet, List<org.qawl.eval.StoreEvents.PredictedEvent> events,
            java.util.Map<String, String> texts, List<String> reports, List<PredictedCount> counts, ActorNames names) {
        org.qawl.eval.EventScorer.Result scored = new org.qawl.eval.EventScorer(texts)
                .score(goldSet.events(), events, new java.util.TreeSet<>(reports));
        java.io.PrintWriter out = spec.commandLine().getOut();
        out.println("== events (merged across reports; same type and a mention overlapping a gold mention)");
        out.printf("%-26s %6s %6s %7s %7s %7s%n", "", "pred", "gold", "P", "R", "F1");
        row(out, "events", scored.overall());
        scored.byType().forEach((type, score) -> row(out, "  " + type, score));
        if (show) {
            scored.missed().forEach(m -> out.println("MISS  " + m));
            scored.falseAlarms().forEach(m -> out.println("EXTRA " + m));
        }
        CountScorer.Result numbers = new CountScorer(names::isActor)
                .score(goldSet.events(), scored.paired(), counts, new java.util.TreeSet<>(reports));
        new CountReport(numbers).print(out, show);
        out.flush();
    }

    private void printDeployments(GoldSet goldSet, Tdb2Store opened) {
        java.io.PrintWriter out = spec.commandLine().getOut();
        org.qawl.eval.DeploymentScorer scorer = new org.qawl.eval.DeploymentScorer(goldSet.actors());
        for (org.qawl.eval.GoldDeployment gold : goldSet.deployments()) {
            org.qawl.eval.DeploymentScorer.Result result = scorer.score(gold, opened);
            out.printf(java.util.Locale.ROOT, "== deployment %s: %d of %d fields right (%.3f)%n", gold.id(),
                    result.fields().stream().filter(org.qawl.eval.DeploymentScorer.Field::correct).count(),
                    result.fields().size(), result.accuracy());
            for (org.qawl.eval.DeploymentScorer.Field field : result.fields()) {
                if (show || !field.correct()) {
                    out.printf("%s %-30s gold %s | predicted %s%n", field.correct() ? "  ok " : "WRONG", field.name(),
                            abbreviate(field.gold()), abbreviate(field.predicted()));
                }
            }
        }
        out.flush();
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    private static void row(java.io.PrintWriter out, String name, org.qawl.eval.Score score) {
        out.printf(java.util.Locale.ROOT, "%-22s %6d %6d %7.3f %7.3f %7.3f%n", name, score.predicted(),
                score.gold(), score.precision(), score.recall(), score.f1());
    }
}
