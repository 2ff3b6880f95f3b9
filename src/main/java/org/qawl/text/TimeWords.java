package org.qawl.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sections of {@code qawl/lexicon/time-words.tsv} and the lookup of their phrases (up to
 * three words, a proclitic و or ب allowed on the first). Immutable and thread-safe.
 */
final class TimeWords {
    /**
     * A phrase found: its value column ("" when the section has none), how many tokens, and
     * whether its first token carries a proclitic و or ب («وخلال»).
     */
    record Match(String value, int words, boolean proclitic) {
        int number() {
            return Integer.parseInt(value);
        }
    }

    private final Map<String, Map<String, String>> sections;
    /** The first words of each section's entries: most tokens are rejected by one lookup here. */
    private final Map<String, Set<String>> firstWords;
    private final Set<String> allFirstWords;

    private TimeWords(Map<String, Map<String, String>> sections) {
        this.sections = sections;
        Map<String, Set<String>> first = new HashMap<>();
        Set<String> all = new HashSet<>();
        sections.forEach((name, words) -> {
            Set<String> set = new HashSet<>();
            words.keySet().forEach(w -> set.add(w.split(" ")[0]));
            first.put(name, Set.copyOf(set));
            all.addAll(set);
        });
        this.firstWords = Map.copyOf(first);
        this.allFirstWords = Set.copyOf(all);
    }

    static TimeWords load(String resource) {
        Map<String, Map<String, String>> sections = new HashMap<>();
        LexiconFile.sections(resource).forEach((name, entries) -> {
            Map<String, String> words = new HashMap<>();
            for (String entry : entries) {
                String[] columns = entry.split("\t");
                StringBuilder key = new StringBuilder();
                for (String word : columns[0].strip().split(" ")) {
                    key.append(key.length() > 0 ? " " : "").append(ArabicText.normalize(word));
                }
                words.put(key.toString(), columns.length > 1 ? columns[1].strip() : "");
            }
            sections.put(name, Map.copyOf(words));
        });
        return new TimeWords(Map.copyOf(sections));
    }

    /** Whether a token may start a phrase of any section (with or without a proclitic). */
    boolean mayStart(String word) {
        return allFirstWords.contains(word) || (word.length() >= 3 && (word.charAt(0) == 'و' || word.charAt(0) == 'ب')
                && allFirstWords.contains(word.substring(1)));
    }

    /** Whether a token as it is, with no proclitic removed, starts a phrase of any section. */
    boolean startsExactly(String word) {
        return allFirstWords.contains(word);
    }

    /** The longest phrase of a section that starts at token i, or null. */
    Match phrase(String section, List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        String first = tokens.get(i).normalized();
        Set<String> starts = firstWords.getOrDefault(section, Set.of());
        if (!starts.contains(first) && (first.length() < 3 || !starts.contains(first.substring(1)))) {
            return null;
        }
        Map<String, String> words = sections.getOrDefault(section, Map.of());
        for (int n = Math.min(3, tokens.size() - i); n >= 1; n--) {
            StringBuilder key = new StringBuilder();
            for (int k = 0; k < n; k++) {
                key.append(k > 0 ? " " : "").append(tokens.get(i + k).normalized());
            }
            String joined = key.toString();
            String value = words.get(joined);
            if (value != null) {
                return new Match(value, n, false);
            }
            if (joined.length() > 2 && (joined.charAt(0) == 'و' || joined.charAt(0) == 'ب')) {
                value = words.get(joined.substring(1));
                if (value != null) {
                    return new Match(value, n, true);
                }
            }
        }
        return null;
    }
}
