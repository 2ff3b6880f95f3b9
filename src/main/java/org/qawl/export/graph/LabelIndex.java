package org.qawl.export.graph;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.qawl.resolve.NameNormalizer;

/**
 * Finds actors named in a text by their Arabic labels and alternative labels, compared as
 * {@link NameNormalizer#key} keys word by word, so spelling variants of hamza, ta marbuta and
 * alef maqsura, diacritics and punctuation do not matter, and a proclitic on the first word
 * («وروسيا»، «لروسيا») is allowed.
 *
 * <p>The longest name wins and names do not overlap: in «وزارة الدفاع في روسيا» the ministry is
 * found, not also Russia. A key shared by several actors is used only when exactly one of them
 * has it as its rdfs:label; otherwise it is ambiguous and ignored. Keys shorter than
 * {@value #MIN_LETTERS} letters are not indexed.
 *
 * <p>This is a fallback for statements whose store gives no explicit links (qawl:about,
 * qawl:Mention): it sees a name wherever its words occur, so a generic label such as
 * «الرئيس» is found in every text that says «الرئيس».
 */
final class LabelIndex {
    static final int MIN_LETTERS = 3;

    /** key → actor IRI → whether the key comes from the actor's rdfs:label. */
    private final Map<String, Map<String, Boolean>> actorsByKey = new HashMap<>();
    private int maxWords = 1;

    /** Indexes one label (or alternative label) of an actor. */
    void add(String actorIri, String label, boolean primary) {
        String key = NameNormalizer.key(label);
        if (key.replace(" ", "").length() < MIN_LETTERS) {
            return;
        }
        actorsByKey.computeIfAbsent(key, k -> new TreeMap<>()).merge(actorIri, primary, Boolean::logicalOr);
        maxWords = Math.max(maxWords, key.split(" ").length);
    }

    int size() {
        return actorsByKey.size();
    }

    /** The actors named in {@code text}, in the order they occur. */
    Set<String> find(String text) {
        Set<String> found = new LinkedHashSet<>();
        String key = NameNormalizer.key(text);
        if (key.isEmpty()) {
            return found;
        }
        String[] words = key.split(" ");
        int i = 0;
        while (i < words.length) {
            int matched = 0;
            for (int n = Math.min(maxWords, words.length - i); n >= 1 && matched == 0; n--) {
                String actor = lookUp(String.join(" ", List.of(words).subList(i, i + n)));
                if (actor != null) {
                    found.add(actor);
                    matched = n;
                }
            }
            i += Math.max(1, matched);
        }
        return found;
    }

    private String lookUp(String phrase) {
        for (String variant : NameNormalizer.keyVariants(phrase)) {
            Map<String, Boolean> actors = actorsByKey.get(variant);
            if (actors != null) {
                return pick(actors);
            }
        }
        return null;
    }

    private static String pick(Map<String, Boolean> actors) {
        if (actors.size() == 1) {
            return actors.keySet().iterator().next();
        }
        String primary = null;
        for (Map.Entry<String, Boolean> e : actors.entrySet()) {
            if (e.getValue()) {
                if (primary != null) {
                    return null; // two actors carry this name as their label: ambiguous
                }
                primary = e.getKey();
            }
        }
        return primary;
    }
}
