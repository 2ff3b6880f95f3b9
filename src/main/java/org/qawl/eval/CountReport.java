package org.qawl.eval;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Prints the event counts section of `qawl eval`: how many gold counts were found, and why the rest were not. */
public final class CountReport {
    private final CountScorer.Result result;

    public CountReport(CountScorer.Result result) {
        this.result = result;
    }

    public void print(PrintWriter out, boolean show) {
        out.println("== event counts (a gold count is found when its event's predicted pair has a number of that value)");
        out.printf("%-22s %6s %6s %7s %7s %7s%n", "", "pred", "gold", "P", "R", "F1");
        Score found = result.found();
        out.printf(Locale.ROOT, "%-22s %6d %6d %7.3f %7.3f %7.3f%n", "counts", found.predicted(), found.gold(),
                found.precision(), found.recall(), found.f1());
        out.printf("found %d of %d: qualifier right %d, source right %d%n", found.correctGold(), found.gold(),
                result.qualifierRight(), result.sourceRight());
        out.printf("missed %d: event not found %d, in report but not linked %d, number not recognized %d%n",
                found.gold() - found.correctGold(), result.count(CountScorer.Outcome.EVENT_NOT_FOUND),
                result.count(CountScorer.Outcome.NOT_LINKED), result.count(CountScorer.Outcome.NOT_RECOGNIZED));
        out.printf("extra %d of %d numbers on paired events match no gold count of their event%n",
                result.extras().size(), found.predicted());
        if (show) {
            result.judged().forEach(judged -> why(judged).ifPresent(out::println));
            result.extras().forEach(extra -> out.println("EXTRA " + extra.describe() + " on " + shortNames(extra.events())));
        }
        out.flush();
    }

    /** A line for a gold count that was missed or found with the wrong qualifier or source; none for a right one. */
    private static Optional<String> why(CountScorer.Judged judged) {
        GoldEvent.Count gold = judged.gold();
        String head = judged.event() + " " + gold.value().stripTrailingZeros().toPlainString() + " («" + gold.what()
                + "») in " + (gold.report().isEmpty() ? "any report" : gold.report()) + ": ";
        String elsewhere = judged.predicted().map(p -> " (" + p.describe() + " is on "
                + (p.events().isEmpty() ? "no event" : shortNames(p.events())) + ")").orElse("");
        return switch (judged.outcome()) {
            case EVENT_NOT_FOUND -> Optional.of("MISS  " + head + "event not found" + elsewhere);
            case NOT_RECOGNIZED -> Optional.of("MISS  " + head + "number not recognized");
            case NOT_LINKED -> Optional.of("MISS  " + head + "not linked" + elsewhere);
            case FOUND -> wrongFields(judged).map(fields -> "WRONG " + head + fields);
        };
    }

    private static Optional<String> wrongFields(CountScorer.Judged judged) {
        PredictedCount predicted = judged.predicted().orElseThrow();
        StringBuilder wrong = new StringBuilder();
        if (!judged.qualifierRight()) {
            wrong.append("qualifier: gold ").append(CountScorer.expectedQualifier(judged.gold().qualifier()))
                    .append(", predicted ").append(predicted.qualifier());
        }
        if (!judged.sourceRight()) {
            wrong.append(wrong.isEmpty() ? "" : "; ").append("source: gold ")
                    .append(judged.gold().source().isEmpty() ? "(the report)" : judged.gold().source())
                    .append(", predicted ").append(predicted.speakers().isEmpty() ? "(the report)" : shortNames(predicted.speakers()));
        }
        return wrong.isEmpty() ? Optional.empty() : Optional.of(wrong.toString());
    }

    private static String shortNames(Set<String> iris) {
        return iris.stream().sorted().map(iri -> iri.substring(iri.lastIndexOf('/') + 1)).collect(Collectors.joining(","));
    }
}
