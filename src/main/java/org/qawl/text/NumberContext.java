package org.qawl.text;

import java.math.BigDecimal;

/**
 * What the characters around a number in digits say about it: part of a name («F-16»،
 * «كوفيد-19»), a date or a time («21/7»، «10:30»), a year, a phone number, a list number.
 */
final class NumberContext {
    private static final BigDecimal[][] YEARS = {
        {BigDecimal.valueOf(1300), BigDecimal.valueOf(1499)}, // Hijri
        {BigDecimal.valueOf(1800), BigDecimal.valueOf(2100)},
    };

    private NumberContext() {}

    /** False when the digits are glued to a name, a date or a time, a sign or a code. */
    static boolean digitsAreANumber(String text, NumberWords.Phrase number) {
        int start = number.start();
        int end = number.literal().end();
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char beforeThat = start > 1 ? text.charAt(start - 2) : ' ';
        if (isLatinLetter(before) || before == '+' || before == '#' || before == '_') {
            return false;
        }
        if ("/:\\.".indexOf(before) >= 0 && Numerals.isDigit(beforeThat)) {
            return false; // «7/21»، «10:30»
        }
        if ("-–".indexOf(before) >= 0 && (Character.isLetter(beforeThat) || Numerals.isDigit(beforeThat))) {
            return false; // «إف-16»، «كوفيد-19»، the second half of «21-7» when it was no range
        }
        char after = end < text.length() ? text.charAt(end) : ' ';
        char afterThat = end + 1 < text.length() ? text.charAt(end + 1) : ' ';
        if (isLatinLetter(after)) {
            return false;
        }
        if ("/:\\".indexOf(after) >= 0 && Numerals.isDigit(afterThat)) {
            return false;
        }
        // «3 / 6 / 2015م»: a date with spaces around the slashes
        int back = skipBack(text, start);
        if (back >= 0 && text.charAt(back) == '/' && Numerals.isDigit(charAt(text, skipBack(text, back)))) {
            return false;
        }
        int forward = skipForward(text, end);
        return !(forward < text.length() && text.charAt(forward) == '/'
                && Numerals.isDigit(charAt(text, skipForward(text, forward + 1))));
    }

    /** Four digits from 1300 to 2100 with nothing else: a Hijri or Gregorian year if nothing is counted. */
    static boolean isYearLike(NumberWords.Phrase number) {
        if (!number.inDigits() || number.scaled() || number.literal().separated()
                || number.literal().integerDigits() != 4) {
            return false;
        }
        for (BigDecimal[] years : YEARS) {
            if (number.value().compareTo(years[0]) >= 0 && number.value().compareTo(years[1]) <= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two ends of a range with nothing counted that are years: year-like, or both of four digits
     * («من 2015 إلى 2019»، «1227 – 1270»).
     */
    static boolean areYears(NumberWords.Phrase from, NumberWords.Phrase to) {
        if (isYearLike(from) && isYearLike(to)) {
            return true;
        }
        return from.inDigits() && to.inDigits() && !from.scaled() && !to.scaled()
                && !from.literal().separated() && !to.literal().separated()
                && from.literal().integerDigits() == 4 && to.literal().integerDigits() == 4;
    }

    /**
     * A number with nothing counted and no qualifier that is no count: a year («2022»، «1436»),
     * a phone number or code (seven digits and more, or a leading zero), a list number («(1)»،
     * «1-» at the start of a line).
     */
    static boolean isNoCount(String text, NumberWords.Phrase number) {
        if (!number.inDigits()) {
            return false;
        }
        Numerals.Literal literal = number.literal();
        if (isYearLike(number)) {
            return true;
        }
        if (!literal.separated() && !number.scaled()) {
            if (literal.integerDigits() >= 7
                    || (literal.integerDigits() >= 2 && Character.digit(text.charAt(literal.start()), 10) == 0)) {
                return true;
            }
        }
        int before = skipBack(text, literal.start());
        int after = skipForward(text, literal.end());
        char open = before >= 0 ? text.charAt(before) : '\n';
        char close = after < text.length() ? text.charAt(after) : '\n';
        if (open == '(' && close == ')') {
            return true;
        }
        return open == '\n' && (close == '-' || close == ')' || close == '.' || close == '–');
    }

    private static int skipBack(String text, int p) {
        p--;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\u00A0' || ArabicText.isFormatMark(text.charAt(p)))) {
            p--;
        }
        return p;
    }

    private static int skipForward(String text, int p) {
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\u00A0'
                || ArabicText.isFormatMark(text.charAt(p)))) {
            p++;
        }
        return p;
    }

    private static char charAt(String text, int p) {
        return p >= 0 && p < text.length() ? text.charAt(p) : ' ';
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
