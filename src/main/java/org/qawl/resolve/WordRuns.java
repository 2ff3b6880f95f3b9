package org.qawl.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qawl.text.Span;
import org.qawl.text.Token;

/**
 * Word-level helpers of the actor recognizer: the readings of a word without its proclitics,
 * punctuation between two words, and phrase tables (titles, body heads) indexed by their first
 * word. Stateless except the immutable tables.
 */
final class WordRuns {
    private WordRuns() {}

    /**
     * The word as written, then without و/ف, then without a following ب/ل/ك (لل read as ال):
     * «ولجنة» → ولجنه, لجنه; «للرئيس» → للرييس, الرييس, لرييس. Stripped words keep three letters.
     */
    static List<String> readings(String word) {
        List<String> out = new ArrayList<>(4);
        out.add(word);
        String w = word;
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            w = w.substring(1);
            out.add(w);
        }
        if (w.startsWith("لل") && w.length() > 3) {
            out.add("ا" + w.substring(1));
        }
        if (w.length() > 3 && "بلك".indexOf(w.charAt(0)) >= 0) {
            out.add(w.substring(1));
        }
        return out;
    }

    /** Whether punctuation or a line break stands between token {@code j - 1} and token {@code j}. */
    static boolean breakBefore(String text, List<Token> tokens, int j) {
        if (j == 0) {
            return true;
        }
        for (int c = tokens.get(j - 1).span().end(); c < tokens.get(j).span().start(); c++) {
            char ch = text.charAt(c);
            if (ch == '،' || ch == ',' || ch == '.' || ch == ':' || ch == '؛' || ch == '\n' || ch == '('
                    || ch == ')' || ch == '"' || ch == '«' || ch == '»' || ch == '“' || ch == '”'
                    || ch == '–' || ch == '—') {
                return true;
            }
        }
        return false;
    }

    static boolean commaBefore(String text, List<Token> tokens, int j) {
        for (int c = tokens.get(j - 1).span().end(); c < tokens.get(j).span().start(); c++) {
            if (text.charAt(c) == '،' || text.charAt(c) == ',') {
                return true;
            }
        }
        return false;
    }

    /** Whether the words from {@code from} to {@code to} stand inside quotation marks of their own. */
    static boolean quotedAlone(String text, List<Token> tokens, int from, int to) {
        int before = tokens.get(from).span().start() - 1;
        int after = tokens.get(to - 1).span().end();
        return before >= 0 && after < text.length() && "«\"“".indexOf(text.charAt(before)) >= 0
                && "»\"”".indexOf(text.charAt(after)) >= 0;
    }

    static Span span(List<Token> tokens, int from, int to) {
        return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }

    /**
     * Word sequences (titles, body heads) indexed by their first word, so a token that starts
     * none of them costs a few set lookups: this runs on every word of every report.
     */
    static final class Phrases {
        private final Map<String, List<List<String>>> byFirst = new HashMap<>();

        Phrases(List<List<String>> phrases) {
            for (List<String> phrase : phrases) { // longest first, as given
                byFirst.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(phrase);
            }
        }

        /** The number of words of the longest phrase starting at {@code i}, or 0. */
        int at(String text, List<Token> tokens, int i) {
            return match(text, tokens, i).size();
        }

        /**
         * The longest phrase starting at {@code i} (its first word in any reading) with no
         * punctuation inside it («قوات «الأمن الجماعي»» is no «قوات الأمن»), or none.
         */
        List<String> match(String text, List<Token> tokens, int i) {
            for (String word : readings(tokens.get(i).normalized())) {
                List<List<String>> candidates = byFirst.get(word);
                if (candidates == null) {
                    continue;
                }
                for (List<String> phrase : candidates) {
                    if (i + phrase.size() > tokens.size()) {
                        continue;
                    }
                    boolean all = true;
                    for (int k = 1; k < phrase.size() && all; k++) {
                        all = tokens.get(i + k).normalized().equals(phrase.get(k)) && !breakBefore(text, tokens, i + k);
                    }
                    if (all) {
                        return phrase;
                    }
                }
            }
            return List.of();
        }
    }
}
