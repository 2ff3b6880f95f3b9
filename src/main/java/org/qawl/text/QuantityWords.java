package org.qawl.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words around numbers, from {@code qawl/lexicon/number-words.tsv}: qualifiers before and
 * after a number («نحو»، «لا يقل عن»، «على الأقل»), negations that turn «أكثر من» into at-most,
 * nouns that make a number a name («المادة 2»), ordinals, clock words and words of change.
 * Immutable and thread-safe.
 */
final class QuantityWords {
    private static final Set<String> NEGATIONS = Set.of("لا", "لن", "لم", "ليس", "ليست");

    /** A qualifier phrase found next to a number: its tokens [from, to), its qualifier, its first word. */
    record QualifierMatch(int from, int to, Quantity.Qualifier qualifier, String firstWord) {}

    private final Map<List<String>, Quantity.Qualifier> before;
    private final Map<List<String>, Quantity.Qualifier> after;
    /** Qualifier phrases by their first word, and the phrases before numbers by their last word. */
    private final Map<String, List<List<String>>> beforeByFirst;
    private final Map<String, List<List<String>>> beforeByLast;
    private final Map<String, List<List<String>>> afterByFirst;
    private final Set<String> qualifierFirstWords;
    private final Set<String> labelNouns;
    private final Set<String> ordinals;
    private final Set<String> clockWords;
    private final Set<String> changeWords;
    private final Map<String, String> countedByNounBefore;

    private QuantityWords(Map<String, List<String>> sections) {
        before = qualifiers(sections, "qualifiers-before");
        after = qualifiers(sections, "qualifiers-after");
        labelNouns = words(sections, "label-nouns");
        ordinals = words(sections, "ordinals");
        clockWords = words(sections, "clock-words");
        changeWords = words(sections, "change-words");
        Map<String, String> counted = new HashMap<>();
        for (String line : NumberWords.section(sections, "counted-by-noun-before")) {
            String[] columns = line.split("\t");
            counted.put(ArabicText.normalize(columns[0].strip()), columns[1].strip());
        }
        countedByNounBefore = Map.copyOf(counted);
        Set<String> qualifierFirst = new HashSet<>();
        before.keySet().forEach(words -> qualifierFirst.add(words.get(0)));
        qualifierFirstWords = Set.copyOf(qualifierFirst);
        beforeByFirst = index(before, true);
        beforeByLast = index(before, false);
        afterByFirst = index(after, true);
    }

    static QuantityWords load() {
        return new QuantityWords(LexiconFile.sections(NumberWords.RESOURCE));
    }

    /** The longest qualifier phrase that ends right before token {@code i}. */
    Optional<QualifierMatch> qualifierBefore(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return Optional.empty();
        }
        QualifierMatch best = null;
        String last = tokens.get(i - 1).normalized();
        for (int cut = 0; cut <= Math.min(2, last.length() - 2); cut++) {
            if (cut > 0 && !NumberWords.isProclitic(last.substring(0, cut))) {
                continue; // a one-word phrase may carry a proclitic: «بنحو»
            }
            for (List<String> words : beforeByLast.getOrDefault(last.substring(cut), List.of())) {
                int from = i - words.size();
                if (from >= 0 && (best == null || words.size() > best.to() - best.from())
                        && (cut == 0 || words.size() == 1) && matches(text, tokens, from, words)) {
                    best = new QualifierMatch(from, i, before.get(words), words.get(0));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The longest phrase of qualifiers-before that starts at token {@code i} («لا تتجاوز»). */
    Optional<QualifierMatch> qualifierAt(String text, List<Token> tokens, int i) {
        return startingAt(text, tokens, i, beforeByFirst, before);
    }

    /** The longest qualifier phrase after a number that starts at token {@code i} («على الأقل»). */
    Optional<QualifierMatch> qualifierAfter(String text, List<Token> tokens, int i) {
        return startingAt(text, tokens, i, afterByFirst, after);
    }

    private static Optional<QualifierMatch> startingAt(String text, List<Token> tokens, int i,
            Map<String, List<List<String>>> byFirst, Map<List<String>, Quantity.Qualifier> qualifiers) {
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        String word = tokens.get(i).normalized();
        QualifierMatch best = null;
        for (int cut = 0; cut <= Math.min(2, word.length() - 2); cut++) {
            if (cut > 0 && !NumberWords.isProclitic(word.substring(0, cut))) {
                continue;
            }
            for (List<String> words : byFirst.getOrDefault(word.substring(cut), List.of())) {
                if (i + words.size() <= tokens.size() && (best == null || words.size() > best.to() - best.from())
                        && matches(text, tokens, i, words)) {
                    best = new QualifierMatch(i, i + words.size(), qualifiers.get(words), words.get(0));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Map<String, List<List<String>>> index(Map<List<String>, Quantity.Qualifier> phrases, boolean first) {
        Map<String, List<List<String>>> index = new HashMap<>();
        phrases.keySet().forEach(words -> index.computeIfAbsent(
                first ? words.get(0) : words.get(words.size() - 1), k -> new ArrayList<>()).add(words));
        Map<String, List<List<String>>> copy = new HashMap<>();
        index.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Map.copyOf(copy);
    }

    /** Whether a token may start a qualifier phrase before a number (a cheap first test). */
    boolean mayStartQualifier(String word) {
        if (qualifierFirstWords.contains(word)) {
            return true;
        }
        if (word.length() < 3 || "وبلف".indexOf(word.charAt(0)) < 0) {
            return false;
        }
        return qualifierFirstWords.contains(word.substring(1))
                || (word.length() >= 4 && NumberWords.isProclitic(word.substring(0, 2)) && qualifierFirstWords.contains(word.substring(2)));
    }

    /** The negation a word is («لن»، «ولا»), without its proclitic, or null. */
    static String negation(String word) {
        for (String negation : NEGATIONS) {
            if (word.equals(negation) || (word.endsWith(negation)
                    && NumberWords.isProclitic(word.substring(0, word.length() - negation.length())))) {
                return negation;
            }
        }
        return null;
    }

    /**
     * Where a negation up to three words before token {@code from} is («لن يستغرق ذلك أكثر من»),
     * or -1.
     */
    static int negationBefore(String text, List<Token> tokens, int from) {
        for (int j = from - 1; j >= Math.max(0, from - 3); j--) {
            if (!NumberWords.adjacent(text, tokens.get(j).span().end(), tokens.get(j + 1))) {
                return -1;
            }
            if (negation(tokens.get(j).normalized()) != null) {
                return j;
            }
        }
        return -1;
    }

    private static boolean matches(String text, List<Token> tokens, int from, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            String token = tokens.get(from + k).normalized();
            String word = words.get(k);
            boolean same = token.equals(word) || (k == 0 && token.length() > word.length()
                    && token.endsWith(word) && NumberWords.isProclitic(token.substring(0, token.length() - word.length())));
            if (!same || (k > 0 && !NumberWords.adjacent(text, tokens.get(from + k - 1).span().end(), tokens.get(from + k)))) {
                return false;
            }
        }
        return true;
    }

    /** The word without one proclitic, when the rest is in {@code set}; else the word. */
    private static boolean inWithProclitic(Set<String> set, String word) {
        return set.contains(word) || (word.length() >= 4 && "وبلف".indexOf(word.charAt(0)) >= 0
                && set.contains(word.substring(1)));
    }

    /** The unit class a bare number right after {@code word} counts («مقتل 12» → killed), if any. */
    Optional<String> countedByNounBefore(String word) {
        String found = countedByNounBefore.get(word);
        if (found == null && word.length() >= 4 && "وبلف".indexOf(word.charAt(0)) >= 0) {
            found = countedByNounBefore.get(word.substring(1));
        }
        return Optional.ofNullable(found);
    }

    boolean isLabelNoun(String word) {
        return inWithProclitic(labelNouns, word);
    }

    boolean isOrdinal(String word) {
        return inWithProclitic(ordinals, word);
    }

    boolean isClockWord(String word) {
        return clockWords.contains(word);
    }

    boolean isChangeWord(String word) {
        boolean proclitic = word.length() >= 4 && "وبلف".indexOf(word.charAt(0)) >= 0;
        for (String w : proclitic ? List.of(word, word.substring(1)) : List.of(word)) {
            if (changeWords.contains(w) || (w.endsWith("ت") && changeWords.contains(w.substring(0, w.length() - 1)))
                    || (w.endsWith("وا") && changeWords.contains(w.substring(0, w.length() - 2)))) {
                return true;
            }
        }
        return false;
    }

    // ---- loading --------------------------------------------------------------------------

    private static Map<List<String>, Quantity.Qualifier> qualifiers(Map<String, List<String>> sections, String name) {
        Map<List<String>, Quantity.Qualifier> map = new HashMap<>();
        for (String line : NumberWords.section(sections, name)) {
            String[] columns = line.split("\t");
            List<String> words = new ArrayList<>();
            for (String w : columns[0].strip().split(" ")) {
                words.add(ArabicText.normalize(w));
            }
            map.put(List.copyOf(words), Quantity.Qualifier.ofCode(columns[1].strip()));
        }
        return Map.copyOf(map);
    }

    private static Set<String> words(Map<String, List<String>> sections, String name) {
        Set<String> set = new HashSet<>();
        for (String line : NumberWords.section(sections, name)) {
            set.add(ArabicText.normalize(line.split("\t")[0].strip()));
        }
        return Set.copyOf(set);
    }
}
