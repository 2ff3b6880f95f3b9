package org.qawl.text;

import java.util.List;
import java.util.Optional;

/**
 * What a number counts, read after it: a unit of the lexicon («جندياً»، «طائرات نقل عسكرية»),
 * the partitive «من» and a noun phrase («17 من رجال الأمن»، «37 من سياراتها»), «%», or any other
 * noun («5 مشاريع», class ""). {@link #NONE} when nothing is counted; {@link #REJECT} when the
 * word after makes the number no quantity («10 صباحاً»، «2015م»، «10px»).
 *
 * @param end where the unit ends (chars), or -1
 * @param next the token after the unit, or -1
 */
record UnitFound(String text, Optional<Span> span, String unitClass, int end, int next) {
    static final UnitFound NONE = new UnitFound("", Optional.empty(), "", -1, -1);
    static final UnitFound REJECT = new UnitFound("", Optional.empty(), "", -2, -2);

    static UnitFound after(String text, List<Token> tokens, NumberWords numbers, QuantityWords words,
            UnitLexicon units, NumberWords.Phrase last) {
        if (last.gluedSuffix().isPresent()) {
            return glued(text, units, last);
        }
        int p = last.end();
        if (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        if (p < text.length() && (text.charAt(p) == '%' || text.charAt(p) == '\u066A')) {
            Span span = new Span(p, p + 1);
            return new UnitFound(span.of(text), Optional.of(span), "percent", p + 1, last.next());
        }
        UnitFound percent = percentBefore(text, last);
        int k = last.next();
        if (percent != NONE || k >= tokens.size() || !NumberWords.adjacent(text, last.end(), tokens.get(k))) {
            return percent;
        }
        String word = tokens.get(k).normalized();
        if (words.isClockWord(word) || word.equals("ه") || (word.equals("م") && last.inDigits()
                && !last.scaled() && last.literal().integerDigits() >= 3 && last.literal().integerDigits() <= 4)) {
            return REJECT; // «10 صباحاً»، «1436 هـ»، «647 م»
        }
        UnitLexicon.Unit unit = units.at(text, tokens, k, false);
        if (unit != null) {
            return phrase(text, tokens, k, unit.next(), unit.unitClass());
        }
        if (word.equals("من") && k + 1 < tokens.size()
                && NumberWords.adjacent(text, tokens.get(k).span().end(), tokens.get(k + 1))) {
            UnitLexicon.Unit partitive = units.at(text, tokens, k + 1, true);
            if (partitive != null) {
                return phrase(text, tokens, k + 1, partitive.next(), partitive.unitClass());
            }
            if (isNoun(tokens.get(k + 1).normalized(), numbers, units, true)) {
                return phrase(text, tokens, k + 1, k + 2, "");
            }
            return NONE;
        }
        return isNoun(word, numbers, units, false) ? phrase(text, tokens, k, k + 1, "") : NONE;
    }

    /** «%14.2»: a percent sign typed before the number in right-to-left text. */
    private static UnitFound percentBefore(String text, NumberWords.Phrase last) {
        int p = last.start() - 1;
        if (p >= 0 && (text.charAt(p) == '%' || text.charAt(p) == '\u066A')
                && (p == 0 || !Numerals.isDigit(text.charAt(p - 1)))) {
            Span span = new Span(p, p + 1);
            return new UnitFound(span.of(text), Optional.of(span), "percent", last.end(), last.next());
        }
        return NONE;
    }

    private static UnitFound glued(String text, UnitLexicon units, NumberWords.Phrase last) {
        Span span = last.gluedSuffix().get();
        String suffix = ArabicText.normalize(span.of(text));
        if (suffix.equals("م") || suffix.equals("ه") || !isArabicWord(suffix)) {
            return REJECT; // «2015م»، «1436هـ»، «10px»
        }
        UnitLexicon.Unit unit = units.at(text, List.of(new Token(span, suffix)), 0, false);
        return unit == null ? REJECT
                : new UnitFound(span.of(text), Optional.of(span), unit.unitClass(), span.end(), last.next());
    }

    private static UnitFound phrase(String text, List<Token> tokens, int from, int to, String unitClass) {
        Span span = new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
        return new UnitFound(span.of(text), Optional.of(span), unitClass, span.end(), to);
    }

    /**
     * A word that can be what a number counts though the lexicon does not know it: an Arabic
     * word that is no function word, no number, no verb in the plural («أصيبوا»), and, right
     * after the number, not definite and not a present-tense verb («يعملون»).
     */
    private static boolean isNoun(String word, NumberWords numbers, UnitLexicon units, boolean partitive) {
        if (word.length() < 2 || !isArabicWord(word) || units.isNotUnit(word) || numbers.isScale(word)
                || numbers.mayStartWords(word) || word.endsWith("وا")) {
            return false;
        }
        if (partitive) {
            return true;
        }
        return !word.startsWith("ال") && !word.startsWith("و") && !word.startsWith("ي")
                && !(word.length() > 3 && "بلفك".indexOf(word.charAt(0)) >= 0 && word.startsWith("ال", 1))
                && !word.startsWith("لل");
    }

    static boolean isArabicWord(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (!Character.isLetter(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.ARABIC) {
                return false;
            }
        }
        return !word.isEmpty();
    }
}
