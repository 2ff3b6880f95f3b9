package org.qawl.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** Prints statement scores the way `qawl eval` shows them: overall, per mode, core and all. */
public final class EvaluationReport {
    private static final List<String> MODES = List.of("direct", "indirect", "mixed");

    private final StatementScorer.Result result;

    public EvaluationReport(StatementScorer.Result result) {
        this.result = result;
    }

    /** Attribution score over core statements (neither borderline nor headline). */
    public Score coreAttribution() {
        return result.scores(GoldStatement::core, p -> !p.headline()).get("attribution");
    }

    public Score allAttribution() {
        return result.scores(g -> true, p -> true).get("attribution");
    }

    public void print(PrintWriter out, boolean show) {
        section(out, "core (not borderline, not headline)", GoldStatement::core, p -> !p.headline());
        section(out, "all", g -> true, p -> true);
        if (show) {
            out.println();
            out.println("# misses (gold statements with no matching prediction)");
            for (GoldStatement g : result.missed()) {
                out.printf("MISS  %s %s [%d,%d) %s | %s%n", g.id(), g.mode(), g.start(), g.end(),
                        g.speakerText().isEmpty() ? "(" + g.speaker() + ")" : g.speakerText(), clip(g.content()));
            }
            out.println();
            out.println("# wrong speakers (matched content, speaker not the gold one)");
            for (StatementScorer.Pair p : result.pairs()) {
                if (!p.speakerRight()) {
                    out.printf("WHO   %s gold=%s predicted=%s (%s) | %s%n", p.gold().id(), p.gold().speaker(),
                            p.predicted().speakerLabel(), p.predicted().speakerText(), clip(p.gold().content()));
                }
            }
            out.println();
            out.println("# false alarms (predictions with no gold statement)");
            for (PredictedStatement p : result.falseAlarms()) {
                out.printf("FALSE %s [%d,%d) %s %s | %s%n", p.report(), p.start(), p.end(), p.verb(),
                        p.speakerLabel(), clip(p.content()));
            }
        }
        out.flush();
    }

    private void section(PrintWriter out, String title, Predicate<GoldStatement> gold,
            Predicate<PredictedStatement> predicted) {
        out.println("== statements: " + title);
        out.printf("%-22s %6s %6s %7s %7s %7s%n", "", "pred", "gold", "P", "R", "F1");
        Map<String, Score> overall = result.scores(gold, predicted);
        overall.forEach((name, score) -> row(out, name, score));
        for (String mode : MODES) {
            Map<String, Score> byMode = byMode(gold, predicted, mode);
            row(out, "attribution " + mode, byMode.get("attribution"));
        }
    }

    /** Recall over gold of this mode; precision over predictions of this mode. */
    private Map<String, Score> byMode(Predicate<GoldStatement> gold,
            Predicate<PredictedStatement> predicted, String mode) {
        Map<String, Score> recall = result.scores(gold.and(g -> g.mode().equals(mode)), p -> false);
        int predictedCount = (int) (result.pairs().stream()
                .filter(p -> gold.test(p.gold()) && p.predicted().mode().equals(mode)).count()
                + result.falseAlarms().stream().filter(predicted).filter(p -> p.mode().equals(mode)).count());
        int rightPredicted = (int) result.pairs().stream()
                .filter(p -> gold.test(p.gold()) && p.predicted().mode().equals(mode) && p.speakerRight())
                .count();
        Score r = recall.get("attribution");
        return Map.of("attribution", new Score(predictedCount, r.gold(), rightPredicted, r.correctGold()));
    }

    private static void row(PrintWriter out, String name, Score score) {
        out.printf(Locale.ROOT, "%-22s %6d %6d %7.3f %7.3f %7.3f%n", name, score.predicted(),
                score.gold(), score.precision(), score.recall(), score.f1());
    }

    private static String clip(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() > 90 ? flat.substring(0, 90) + "…" : flat;
    }
}
