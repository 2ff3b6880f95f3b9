package org.qawl.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Event detection after merging. A predicted event matches a gold event of the same type when
 * one of its mentions overlaps, in the same report, a place where the gold event is mentioned
 * (every occurrence of the gold mention text); pairs are taken one-to-one, most shared mentions
 * first. Splitting one real event in two costs precision; merging two costs recall. A predicted
 * type the gold scheme does not use (e.g. RequestForAssistance) is scored as the gold's Other.
 */
public final class EventScorer {
    /** The scores, and {@code paired}: the predicted event IRI each found gold event (by id) was paired with. */
    public record Result(Score overall, Map<String, Score> byType, List<String> missed, List<String> falseAlarms,
            Map<String, String> paired) {}

    private record Pair(int predicted, int gold, int shared) {}

    private final Map<String, String> texts;

    public EventScorer(Map<String, String> texts) {
        this.texts = texts;
    }

    public Result score(List<GoldEvent> gold, List<StoreEvents.PredictedEvent> predicted, Set<String> reports) {
        Set<String> goldTypes = new HashSet<>();
        gold.forEach(g -> goldTypes.add(g.type()));
        List<String> predictedTypes = new ArrayList<>();
        List<StoreEvents.PredictedEvent> inScope = predicted.stream()
                .filter(p -> p.mentions().stream().anyMatch(m -> reports.contains(m.report()))).toList();
        inScope.forEach(p -> predictedTypes.add(goldTypes.contains(p.type()) ? p.type() : "Other"));
        List<List<StoreEvents.Span>> goldSpans = gold.stream().map(this::spans).toList();
        List<Pair> pairs = new ArrayList<>();
        for (int p = 0; p < inScope.size(); p++) {
            for (int g = 0; g < gold.size(); g++) {
                if (!predictedTypes.get(p).equals(gold.get(g).type())) {
                    continue;
                }
                int shared = shared(inScope.get(p).mentions(), goldSpans.get(g));
                if (shared > 0) {
                    pairs.add(new Pair(p, g, shared));
                }
            }
        }
        pairs.sort((a, b) -> Integer.compare(b.shared(), a.shared()));
        Set<Integer> usedP = new HashSet<>();
        Set<Integer> usedG = new HashSet<>();
        Map<String, String> paired = new TreeMap<>();
        for (Pair pair : pairs) {
            if (!usedP.contains(pair.predicted()) && !usedG.contains(pair.gold())) {
                usedP.add(pair.predicted());
                usedG.add(pair.gold());
                paired.put(gold.get(pair.gold()).id(), inScope.get(pair.predicted()).iri());
            }
        }
        Map<String, Score> byType = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            boolean hit = usedG.contains(g);
            byType.merge(gold.get(g).type(), new Score(0, 1, 0, hit ? 1 : 0), Score::plus);
            if (!hit) {
                missed.add(gold.get(g).type() + " " + gold.get(g).id());
            }
        }
        for (int p = 0; p < inScope.size(); p++) {
            boolean hit = usedP.contains(p);
            byType.merge(predictedTypes.get(p), new Score(1, 0, hit ? 1 : 0, 0), Score::plus);
            if (!hit) {
                falseAlarms.add(predictedTypes.get(p) + " " + inScope.get(p).iri() + " " + firstText(inScope.get(p)));
            }
        }
        Score overall = new Score(inScope.size(), gold.size(), usedP.size(), usedG.size());
        return new Result(overall, byType, missed, falseAlarms, paired);
    }

    private String firstText(StoreEvents.PredictedEvent event) {
        StoreEvents.Span first = event.mentions().get(0);
        String text = texts.getOrDefault(first.report(), "");
        return "«" + CodePointText.substring(text, first.start(), first.end()) + "» in " + first.report();
    }

    /** Every place in the report texts where a gold mention's text occurs. */
    private List<StoreEvents.Span> spans(GoldEvent event) {
        List<StoreEvents.Span> out = new ArrayList<>();
        for (GoldEvent.Mention mention : event.mentions()) {
            String text = texts.get(mention.report());
            if (text == null || mention.text().isEmpty()) {
                continue;
            }
            for (int at = text.indexOf(mention.text()); at >= 0; at = text.indexOf(mention.text(), at + 1)) {
                int start = text.codePointCount(0, at);
                out.add(new StoreEvents.Span(mention.report(), start, start + mention.text().codePointCount(0, mention.text().length())));
            }
        }
        return out;
    }

    private static int shared(List<StoreEvents.Span> predicted, List<StoreEvents.Span> gold) {
        int shared = 0;
        for (StoreEvents.Span p : predicted) {
            for (StoreEvents.Span g : gold) {
                if (p.report().equals(g.report()) && p.start() < g.end() && g.start() < p.end()) {
                    shared++;
                    break;
                }
            }
        }
        return shared;
    }
}
