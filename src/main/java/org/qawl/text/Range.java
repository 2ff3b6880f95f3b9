package org.qawl.text;

import java.util.List;

/**
 * The upper end of a range that starts at a number: «بين 10 و20»، «ما بين 10 و20»، «من 10 إلى
 * 20»، «5 إلى 10»، «10-20»، «4 أو 5» (four or five: from four to five). «من 5 إلى 10» and «5 إلى 10» after a word of change («ارتفع من 5 إلى 10») are no
 * range but two values. Two numbers joined by a hyphen whose second is not larger («2-1»، «21-7-2015») are a
 * score or a date: {@link #SCORE}, and neither is a quantity.
 *
 * @param upper the number that ends the range
 * @param start where the range phrase starts («بين»، «من», or the first number)
 */
record Range(NumberWords.Phrase upper, int start) {
    static final Range SCORE = new Range(null, -1);
    private static final int CHANGE_WINDOW = 5;

    static Range find(String text, List<Token> tokens, NumberWords numbers, QuantityWords words, int first,
            NumberWords.Phrase number, String before) {
        int next = number.next();
        if (next + 1 < tokens.size() && tokens.get(next).normalized().equals("او")
                && NumberWords.adjacent(text, number.end(), tokens.get(next))
                && NumberWords.adjacent(text, tokens.get(next).span().end(), tokens.get(next + 1))) {
            NumberWords.Phrase upper = numbers.at(text, tokens, next + 1); // «4 أو 5 أشخاص»
            if (upper != null && upper.start() == tokens.get(next + 1).span().start()
                    && upper.value().compareTo(number.value()) > 0) {
                return new Range(upper, number.start());
            }
        }
        if (before.endsWith("بين") && NumberWords.isProclitic("و" + before.substring(0, before.length() - 3))
                || before.equals("بين")) {
            NumberWords.Phrase upper = afterAnd(text, tokens, numbers, next);
            if (upper != null && upper.value().compareTo(number.value()) > 0) {
                int from = first - 1;
                if (from > 0 && tokens.get(from - 1).normalized().equals("ما")
                        && NumberWords.adjacent(text, tokens.get(from - 1).span().end(), tokens.get(from))) {
                    from--;
                }
                return new Range(upper, startOf(text, tokens.get(from), from == first - 1 ? "بين" : "ما"));
            }
        }
        boolean from = before.equals("من") || before.endsWith("بين");
        if (next + 1 < tokens.size()
                && (tokens.get(next).normalized().equals("الي") || tokens.get(next).normalized().equals("حتي"))
                && NumberWords.adjacent(text, number.end(), tokens.get(next))
                && NumberWords.adjacent(text, tokens.get(next).span().end(), tokens.get(next + 1))
                && !afterChange(tokens, words, from ? first - 1 : first)) {
            NumberWords.Phrase upper = numbers.at(text, tokens, next + 1); // «من 3 إلى 5»، «5 إلى 10 دقائق»
            if (upper != null && upper.start() == tokens.get(next + 1).span().start()
                    && upper.value().compareTo(number.value()) > 0) {
                return new Range(upper, from ? startOf(text, tokens.get(first - 1),
                        before.equals("من") ? "من" : "بين") : number.start());
            }
        }
        if (number.inDigits() && number.gluedSuffix().isEmpty() && !number.scaled()) {
            return hyphen(text, tokens, numbers, number);
        }
        return null;
    }

    /** «10-20»، «10 – 20»; a score or a date («2-1»، «21-7-2015») gives {@link #SCORE}. */
    private static Range hyphen(String text, List<Token> tokens, NumberWords numbers, NumberWords.Phrase number) {
        int p = skipSpaces(text, number.literal().end());
        if (p >= text.length() || "-–—".indexOf(text.charAt(p)) < 0) {
            return null;
        }
        p = skipSpaces(text, p + 1);
        if (p >= text.length() || !Numerals.isDigit(text.charAt(p))) {
            return null;
        }
        int j = number.next();
        while (j < tokens.size() && tokens.get(j).span().end() <= p) {
            j++;
        }
        if (j >= tokens.size() || tokens.get(j).span().start() != p) {
            return SCORE;
        }
        NumberWords.Phrase upper = numbers.at(text, tokens, j);
        if (upper == null || upper.value().compareTo(number.value()) <= 0) {
            return SCORE;
        }
        int after = upper.literal().end();
        if (after < text.length() && "-–/".indexOf(text.charAt(after)) >= 0) {
            return SCORE; // «2015-7-21»
        }
        return new Range(upper, number.start());
    }

    /** «و20»، «و 20»، «وعشرين» at token i. */
    private static NumberWords.Phrase afterAnd(String text, List<Token> tokens, NumberWords numbers, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        String word = tokens.get(i).normalized();
        if (word.equals("و") && i + 1 < tokens.size()) {
            return numbers.at(text, tokens, i + 1);
        }
        return word.startsWith("و") ? numbers.at(text, tokens, i) : null;
    }

    private static boolean afterChange(List<Token> tokens, QuantityWords words, int from) {
        for (int j = from - 1; j >= Math.max(0, from - CHANGE_WINDOW); j--) {
            if (words.isChangeWord(tokens.get(j).normalized())) {
                return true;
            }
        }
        return false;
    }

    private static int startOf(String text, Token token, String core) {
        return token.span().start() + NumberWords.prefixLength(text, token, core);
    }

    private static int skipSpaces(String text, int p) {
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\u00A0'
                || ArabicText.isFormatMark(text.charAt(p)))) {
            p++;
        }
        return p;
    }
}
