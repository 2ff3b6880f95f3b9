package org.qawl.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The numbers of events: each gold count of a gold event that {@link EventScorer} paired with a
 * predicted event is found when a number on that event (a count or a duration of one of its
 * accounts, in the gold's report when the gold names one) has the gold value or a range holding
 * it. Of those found, the qualifier and the source are checked: the source is the speaker of the
 * statement the number is stated in, compared with the gold actor by name; a gold count with no
 * source wants a number in the report's own voice. A count that is missed is told apart by why:
 * its event was not found, the number is nowhere among the report's counts (not recognized), or
 * it is there but not on the event (not linked). The other way round, numbers on paired events
 * that match no gold count of their event are extras, a precision-like figure. One predicted
 * number may stand for two gold counts that give the same value in the same report.
 */
public final class CountScorer {
    public enum Outcome { FOUND, EVENT_NOT_FOUND, NOT_RECOGNIZED, NOT_LINKED }

    /**
     * A gold count of the gold event {@code event} and what became of it. {@code predicted} is
     * the number found on the event; for a miss, a number of the report with the gold value that
     * sits elsewhere, if there is one.
     */
    public record Judged(String event, GoldEvent.Count gold, Outcome outcome, Optional<PredictedCount> predicted,
            boolean qualifierRight, boolean sourceRight) {}

    /** Every gold count judged; the numbers on paired events, and those of them that match no gold count. */
    public record Result(List<Judged> judged, List<PredictedCount> onPairedEvents, List<PredictedCount> extras) {
        /** Predicted: numbers on paired events; gold: all gold counts; right: matched numbers, found counts. */
        public Score found() {
            return new Score(onPairedEvents.size(), judged.size(), onPairedEvents.size() - extras.size(),
                    (int) count(Outcome.FOUND));
        }

        public long count(Outcome outcome) {
            return judged.stream().filter(j -> j.outcome() == outcome).count();
        }

        public long qualifierRight() {
            return judged.stream().filter(j -> j.outcome() == Outcome.FOUND && j.qualifierRight()).count();
        }

        public long sourceRight() {
            return judged.stream().filter(j -> j.outcome() == Outcome.FOUND && j.sourceRight()).count();
        }
    }

    private final BiPredicate<String, String> isActor;

    /** {@code isActor} tells whether a predicted actor (an IRI) is a gold actor (an id). */
    public CountScorer(BiPredicate<String, String> isActor) {
        this.isActor = isActor;
    }

    /**
     * @param paired the predicted event IRI of each paired gold event, by gold id
     * @param reports the reports in scope; numbers of other reports are left out
     */
    public Result score(List<GoldEvent> gold, Map<String, String> paired, List<PredictedCount> predicted,
            Set<String> reports) {
        List<PredictedCount> inScope = predicted.stream().filter(p -> reports.contains(p.report())).toList();
        List<Judged> judged = new ArrayList<>();
        for (GoldEvent event : gold) {
            String pairedWith = paired.get(event.id());
            for (GoldEvent.Count count : event.counts()) {
                judged.add(judge(event.id(), count, pairedWith, inScope));
            }
        }
        Map<String, GoldEvent> goldOf = new HashMap<>();
        gold.stream().filter(g -> paired.containsKey(g.id())).forEach(g -> goldOf.put(paired.get(g.id()), g));
        List<PredictedCount> onPaired = inScope.stream().filter(p -> p.events().stream().anyMatch(goldOf::containsKey))
                .toList();
        List<PredictedCount> extras = onPaired.stream()
                .filter(p -> p.events().stream().filter(goldOf::containsKey)
                        .noneMatch(e -> goldOf.get(e).counts().stream().anyMatch(c -> sameNumber(c, p))))
                .toList();
        return new Result(List.copyOf(judged), onPaired, extras);
    }

    /** The qualifier code a gold qualifier stands for: null is an exact figure, «no more than» is at-most. */
    static String expectedQualifier(String gold) {
        return switch (gold) {
            case "" -> "exact";
            case "no_more_than" -> "at-most";
            default -> gold.replace('_', '-');
        };
    }

    private Judged judge(String event, GoldEvent.Count gold, String pairedWith, List<PredictedCount> predicted) {
        List<PredictedCount> inReport = predicted.stream().filter(p -> sameNumber(gold, p)).toList();
        Optional<PredictedCount> elsewhere = inReport.stream().findFirst();
        if (pairedWith == null) {
            return new Judged(event, gold, Outcome.EVENT_NOT_FOUND, elsewhere, false, false);
        }
        Optional<PredictedCount> best = inReport.stream().filter(p -> p.events().contains(pairedWith))
                .max(Comparator.comparingInt(p -> (qualifierRight(gold, p) ? 2 : 0) + (sourceRight(gold, p) ? 1 : 0)));
        if (best.isPresent()) {
            return new Judged(event, gold, Outcome.FOUND, best, qualifierRight(gold, best.get()),
                    sourceRight(gold, best.get()));
        }
        return new Judged(event, gold, elsewhere.isPresent() ? Outcome.NOT_LINKED : Outcome.NOT_RECOGNIZED, elsewhere,
                false, false);
    }

    /** The predicted number gives the gold value, in the gold's report when it names one. */
    private static boolean sameNumber(GoldEvent.Count gold, PredictedCount predicted) {
        return (gold.report().isEmpty() || gold.report().equals(predicted.report())) && predicted.hasValue(gold.value());
    }

    private static boolean qualifierRight(GoldEvent.Count gold, PredictedCount predicted) {
        return expectedQualifier(gold.qualifier()).equals(predicted.qualifier());
    }

    private boolean sourceRight(GoldEvent.Count gold, PredictedCount predicted) {
        if (gold.source().isEmpty()) {
            return predicted.speakers().isEmpty();
        }
        return predicted.speakers().stream().anyMatch(speaker -> isActor.test(speaker, gold.source()));
    }
}
