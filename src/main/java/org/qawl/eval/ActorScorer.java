package org.qawl.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qawl.eval.StoreActors.ReportActor;

/**
 * Scores actors against gold actors.jsonl. In each report, a gold actor is found when a predicted
 * actor of that report is named by one of the gold actor's Arabic forms and has its type; a
 * predicted actor is right when it finds a gold actor so. Merging is scored on the found items:
 * pairs of reports in which the same gold actor was found, against pairs in which the same
 * predicted IRI was.
 */
public final class ActorScorer {
    /** Detection and merge scores, and what was missed, for --show. */
    public record Result(Score actors, Score merge, List<String> missed, List<String> wrongType,
            List<String> falseAlarms) {}

    private final List<GoldActor> gold;
    private final SpeakerMatcher matcher;

    public ActorScorer(List<GoldActor> gold) {
        this.gold = gold;
        this.matcher = new SpeakerMatcher(gold);
    }

    public Result score(List<ReportActor> predicted, Set<String> reports) {
        Map<String, GoldActor> byId = new HashMap<>();
        gold.forEach(g -> byId.put(g.id(), g));
        int predictedCount = 0;
        int rightPredicted = 0;
        int goldCount = 0;
        List<String> missed = new ArrayList<>();
        List<String> wrongType = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        Map<String, String> foundIri = new HashMap<>(); // report \t gold id -> predicted IRI
        for (String report : reports) {
            List<ReportActor> here = predicted.stream().filter(p -> p.report().equals(report)).toList();
            Set<String> goldHere = new HashSet<>();
            gold.stream().filter(g -> g.reports().contains(report)).forEach(g -> goldHere.add(g.id()));
            goldCount += goldHere.size();
            Set<String> found = new HashSet<>();
            for (ReportActor actor : here) {
                predictedCount++;
                Optional<String> goldId = matcher.actorOf(actor.names().get(0), actor.names());
                if (goldId.isEmpty() || !goldHere.contains(goldId.get())) {
                    falseAlarms.add(report + " " + actor.type() + " " + actor.iri().substring(actor.iri().lastIndexOf('/') + 1)
                            + " " + actor.names());
                    continue;
                }
                if (!typeMatches(byId.get(goldId.get()).type(), actor.type())) {
                    wrongType.add(report + " " + goldId.get() + " gold=" + byId.get(goldId.get()).type()
                            + " predicted=" + actor.type() + " " + actor.names().get(0));
                    continue;
                }
                rightPredicted++;
                found.add(goldId.get());
                foundIri.putIfAbsent(report + "\t" + goldId.get(), actor.iri());
            }
            goldHere.stream().filter(id -> !found.contains(id)).sorted()
                    .forEach(id -> missed.add(report + " " + id + " (" + byId.get(id).type() + ")"));
        }
        int foundGold = foundIri.size();
        return new Result(new Score(predictedCount, goldCount, rightPredicted, foundGold),
                merge(foundIri), missed, wrongType, falseAlarms);
    }

    private static Score merge(Map<String, String> foundIri) {
        List<String[]> items = new ArrayList<>();
        foundIri.forEach((key, iri) -> items.add(new String[] {key.split("\t")[0], key.split("\t")[1], iri}));
        int goldPairs = 0;
        int predictedPairs = 0;
        int both = 0;
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                if (items.get(i)[0].equals(items.get(j)[0])) {
                    continue; // merging is across reports
                }
                boolean sameGold = items.get(i)[1].equals(items.get(j)[1]);
                boolean samePredicted = items.get(i)[2].equals(items.get(j)[2]);
                goldPairs += sameGold ? 1 : 0;
                predictedPairs += samePredicted ? 1 : 0;
                both += sameGold && samePredicted ? 1 : 0;
            }
        }
        return new Score(predictedPairs, goldPairs, both, both);
    }

    /** Gold City and Region are kinds of qawl:Place; the rest must be equal. */
    static boolean typeMatches(String goldType, String predictedType) {
        return goldType.equals(predictedType)
                || (predictedType.equals("Place") && (goldType.equals("City") || goldType.equals("Region")));
    }
}
