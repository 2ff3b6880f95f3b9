package org.qawl.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event-trigger lexicon ({@code qawl/lexicon/event-triggers.tsv}): phrases of folded words,
 * indexed by their first word, matched longest first. Immutable and thread-safe.
 */
public final class EventTriggers {
    static final String RESOURCE = "/qawl/lexicon/event-triggers.tsv";
    /** Words a «~» in a phrase may skip. */
    static final int MAX_GAP = 3;
    private static final String GAP = "~";

    /** A phrase: folded words, {@code null} standing for a gap. */
    record Phrase(List<String> words, String type, String subtype) {}

    /** A phrase found at a token index: it covers tokens {@code [from, to)}. */
    record Match(Phrase phrase, int from, int to) {}

    private final Map<String, List<Phrase>> byFirstWord;

    private EventTriggers(Map<String, List<Phrase>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    public static EventTriggers load() {
        Map<String, List<Phrase>> index = new HashMap<>();
        for (String line : LexiconFile.lines(RESOURCE)) {
            String[] columns = line.split("\t");
            if (columns.length != 2) {
                throw new IllegalStateException(RESOURCE + ": expected TYPE<TAB>PHRASE: " + line);
            }
            String[] kind = columns[0].strip().split("/", 2);
            List<String> words = new ArrayList<>();
            for (String word : columns[1].strip().split("\\s+")) {
                words.add(word.equals(GAP) ? null : fold(word));
            }
            Phrase phrase = new Phrase(java.util.Collections.unmodifiableList(words), kind[0], kind.length > 1 ? kind[1] : "");
            index.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(phrase);
        }
        index.replaceAll((k, v) -> {
            v.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
            return List.copyOf(v);
        });
        return new EventTriggers(Map.copyOf(index));
    }

    /**
     * The lookup form of a word: normalized ({@link ArabicText#normalize}), without the
     * conjunctions و/ف, the prepositions ب/ل/ك and the article, and without the accusative
     * alif of indefinite nouns («هجوما» → «هجوم»), so every inflected spelling of a trigger meets
     * the same key.
     */
    public static String fold(String word) {
        String w = ArabicText.normalize(word);
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            w = w.substring(1);
        }
        if (w.startsWith("لل") && w.length() > 4) {
            w = w.substring(2);
        } else if (w.length() > 4 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل' || w.charAt(0) == 'ك')
                && w.startsWith("ال", 1)) {
            w = w.substring(3);
        } else if (w.startsWith("ال") && w.length() > 4) {
            w = w.substring(2);
        }
        if (w.length() > 4 && w.endsWith("ا") && !w.endsWith("اا")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * The longest phrase starting at token {@code i} of {@code words} (folded), not reaching
     * past {@code limit}; null when none.
     */
    Match at(List<String> words, int i, int limit) {
        List<Phrase> candidates = byFirstWord.get(words.get(i));
        if (candidates == null) {
            return null;
        }
        Match best = null;
        for (Phrase phrase : candidates) {
            int end = matchFrom(phrase.words(), 1, words, i + 1, limit);
            if (end > 0 && (best == null || end - i > best.to() - best.from())) {
                best = new Match(phrase, i, end);
            }
        }
        return best;
    }

    /** Where the phrase words from {@code p} on end when matched at token {@code t}; -1 if not. */
    private static int matchFrom(List<String> phrase, int p, List<String> words, int t, int limit) {
        if (p == phrase.size()) {
            return t;
        }
        if (phrase.get(p) == null) {
            for (int skip = 0; skip <= MAX_GAP && t + skip < limit; skip++) {
                int end = matchFrom(phrase, p + 1, words, t + skip, limit);
                if (end > 0) {
                    return end;
                }
            }
            return -1;
        }
        return t < limit && words.get(t).equals(phrase.get(p)) ? matchFrom(phrase, p + 1, words, t + 1, limit) : -1;
    }
}
