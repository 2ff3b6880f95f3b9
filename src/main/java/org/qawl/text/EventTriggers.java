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

    /** The type of phrases that name no event («علم الاجتماع»): found like triggers, they block the ones they cover. */
    static final String NOT_AN_EVENT = "-";

    /** A phrase: folded words, {@code null} standing for a gap. */
    record Phrase(List<String> words, String type, String subtype) {
        /** False for a phrase of type {@value #NOT_AN_EVENT}, listed only to keep its words from being triggers. */
        boolean namesEvent() {
            return !type.equals(NOT_AN_EVENT);
        }
    }

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
     * conjunctions و/ف, the article and a preposition ب/ل/ك before it, and without the accusative
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
        if (w.length() > 3 && w.endsWith("ا") && !w.endsWith("اا")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * The forms under which a word as written is looked up as the first word of a phrase.
     * {@code plain}: its {@linkplain #fold fold}; the fold without a one-letter preposition ب ل ك
     * («بزيارة»، «لهجوم»: fold keeps these before a word without the article, as they are also
     * the first letter of many words); and, for a word that starts with و or ف after a
     * conjunction, the fold of the rest («ووصول»: fold takes only one letter off).
     * {@code withoutPronoun}: the same for the word without an attached pronoun ه ها هم هما
     * («اجتماعه»، «بانسحابها»; a ta marbuta the pronoun turned into ت is restored: «زيارته» →
     * «زيارة»), empty when it has none. A pronoun is only taken off a word written with a true
     * ha («التقية» keeps its ta marbuta) and when at least four letters remain, so that «وزارته»
     * (his ministry) never becomes «زارت» (she visited).
     */
    public record Forms(List<String> plain, List<String> withoutPronoun) {}

    private static final List<String> PRONOUNS = List.of("هما", "هم", "ها", "ه");
    /** The fewest letters a word keeps once a pronoun is taken off it. */
    private static final int MIN_STEM = 4;

    public static Forms forms(String asWritten) {
        String letters = withoutMarks(asWritten);
        List<String> plain = new ArrayList<>(withoutPreposition(fold(asWritten)));
        if (letters.length() > 4 && (letters.charAt(0) == 'و' || letters.charAt(0) == 'ف')) {
            // a conjunction before a word that starts with و or ف itself: «ووصول»، «ووقفة»
            withoutPreposition(fold(letters.substring(1))).stream().filter(f -> !plain.contains(f)).forEach(plain::add);
        }
        for (String pronoun : PRONOUNS) {
            if (letters.endsWith(pronoun)) {
                String stem = letters.substring(0, letters.length() - pronoun.length());
                String noun = fold(stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ة" : stem);
                return new Forms(plain, noun.length() >= MIN_STEM ? withoutPreposition(noun) : List.of());
            }
        }
        return new Forms(plain, List.of());
    }

    /** The word without diacritics, tatweel and format marks, letters otherwise as written. */
    private static String withoutMarks(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!ArabicText.isDiacritic(c) && c != '\u0640' && !ArabicText.isFormatMark(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> withoutPreposition(String folded) {
        return folded.length() > 3 && "بلك".indexOf(folded.charAt(0)) >= 0
                ? List.of(folded, folded.substring(1)) : List.of(folded);
    }

    /**
     * The longest phrase starting at token {@code i} of {@code words} (folded), its first word
     * being one of {@code first}'s forms (the first form that starts a phrase wins), not
     * reaching past {@code limit}; null when none. A word with a pronoun attached only matches
     * one-word phrases: it cannot head a phrase such as «تحقيق في» («تحقيقها مع» is achieving).
     */
    Match at(Forms first, List<String> words, int i, int limit) {
        for (String form : first.plain()) {
            Match match = longest(form, words, i, limit, Integer.MAX_VALUE);
            if (match != null) {
                return match;
            }
        }
        for (String form : first.withoutPronoun()) {
            Match match = longest(form, words, i, limit, 1);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    private Match longest(String first, List<String> words, int i, int limit, int maxWords) {
        List<Phrase> candidates = byFirstWord.getOrDefault(first, List.of());
        Match best = null;
        for (Phrase phrase : candidates) {
            if (phrase.words().size() > maxWords) {
                continue;
            }
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
