package org.qawl.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Scores predicted statements against gold: in each report, pairs predictions and gold one to
 * one by content overlap (Dice ≥ 0.5 on the code-point spans, best pairs first). Detection
 * counts a pair; attribution also needs the speaker right ({@link SpeakerMatcher}).
 */
public final class StatementScorer {
    static final double MIN_DICE = 0.5;

    /** A gold statement and the prediction paired with it (if any). */
    public record Pair(GoldStatement gold, PredictedStatement predicted, double dice,
            boolean speakerRight) {}

    /** The outcome: all pairs, gold statements missed, predictions with no gold. */
    public record Result(List<Pair> pairs, List<GoldStatement> missed,
            List<PredictedStatement> falseAlarms) {

        /** Detection and attribution scores over the gold statements {@code selected} accepts. */
        public Map<String, Score> scores(Predicate<GoldStatement> selected,
                Predicate<PredictedStatement> predictionSelected) {
            int goldCount = (int) (pairs.stream().filter(p -> selected.test(p.gold())).count()
                    + missed.stream().filter(selected).count());
            // a prediction paired with an unselected gold statement is neither right nor wrong here
            int predicted = (int) (pairs.stream().filter(p -> selected.test(p.gold())).count()
                    + falseAlarms.stream().filter(predictionSelected).count());
            int detected = (int) pairs.stream().filter(p -> selected.test(p.gold())).count();
            int attributed = (int) pairs.stream().filter(p -> selected.test(p.gold()) && p.speakerRight())
                    .count();
            Map<String, Score> scores = new LinkedHashMap<>();
            scores.put("detection", new Score(predicted, goldCount, detected, detected));
            scores.put("attribution", new Score(predicted, goldCount, attributed, attributed));
            return scores;
        }
    }

    private final SpeakerMatcher speakers;

    public StatementScorer(List<GoldActor> actors) {
        this.speakers = new SpeakerMatcher(actors);
    }

    public Result score(List<GoldStatement> gold, List<PredictedStatement> predicted) {
        List<Pair> pairs = new ArrayList<>();
        List<GoldStatement> missed = new ArrayList<>();
        List<PredictedStatement> falseAlarms = new ArrayList<>();
        Map<String, List<GoldStatement>> goldByReport = new LinkedHashMap<>();
        gold.forEach(g -> goldByReport.computeIfAbsent(g.report(), r -> new ArrayList<>()).add(g));
        Map<String, List<PredictedStatement>> predictedByReport = new LinkedHashMap<>();
        predicted.forEach(p -> predictedByReport.computeIfAbsent(p.report(), r -> new ArrayList<>()).add(p));

        for (String report : goldByReport.keySet()) {
            List<GoldStatement> goldHere = new ArrayList<>(goldByReport.get(report));
            List<PredictedStatement> predictedHere =
                    new ArrayList<>(predictedByReport.getOrDefault(report, List.of()));
            List<Pair> candidates = new ArrayList<>();
            for (GoldStatement g : goldHere) {
                for (PredictedStatement p : predictedHere) {
                    double dice = dice(g.start(), g.end(), p.start(), p.end());
                    if (dice >= MIN_DICE) {
                        candidates.add(new Pair(g, p, dice, speakerRight(g, p)));
                    }
                }
            }
            // best overlap first; among equals prefer the pair whose speaker is right
            candidates.sort(Comparator.comparingDouble(Pair::dice).reversed()
                    .thenComparing(Pair::speakerRight, Comparator.reverseOrder()));
            for (Pair candidate : candidates) {
                if (goldHere.contains(candidate.gold()) && predictedHere.contains(candidate.predicted())) {
                    pairs.add(candidate);
                    goldHere.remove(candidate.gold());
                    predictedHere.remove(candidate.predicted());
                }
            }
            missed.addAll(goldHere);
            falseAlarms.addAll(predictedHere);
        }
        // predictions in reports the gold does not cover are not scored
        return new Result(pairs, missed, falseAlarms);
    }

    private boolean speakerRight(GoldStatement gold, PredictedStatement predicted) {
        Optional<String> actor = speakers.actorOf(predicted.speakerLabel(), predicted.speakerNames());
        return actor.isPresent() && actor.get().equals(gold.speaker());
    }

    static double dice(int start1, int end1, int start2, int end2) {
        int overlap = Math.max(0, Math.min(end1, end2) - Math.max(start1, start2));
        int total = (end1 - start1) + (end2 - start2);
        return total == 0 ? 0 : 2.0 * overlap / total;
    }
}
