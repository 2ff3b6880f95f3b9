package org.qawl.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Numbers written with digits, Western (0-9), Arabic-Indic (٠-٩) or Persian (۰-۹), with their
 * separators: «2,030» and «٢٬٠٣٠» (thousands), «1.5» and «١٫٥» (decimals), «1,234.5».
 *
 * <p>A single dot followed by exactly three digits after one to three digits («7.939») is
 * ambiguous: Arabic news writes thousands so as often as decimals. Such a literal is read as a
 * decimal and carries its thousands reading in {@link Literal#thousandsReading}; the recognizer
 * takes the thousands reading by the unit: for people and things («7.939 شخصاً»), lengths and
 * sums of money, never for percentages, weights or before a scale word («1.500 مليون»، «2.125%»;
 * see {@code QuantityRecognizer.MEASURES}). Anything else with several
 * separators that are not groups of three («21.7.2015», a date or a version) is no number.
 */
final class Numerals {
    private Numerals() {}

    /**
     * A literal in the text, [start, end).
     *
     * @param thousandsReading the value if an ambiguous single dot separates thousands
     */
    record Literal(int start, int end, BigDecimal value, Optional<BigDecimal> thousandsReading,
            int integerDigits, boolean separated) {}

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == ',' || c == '\u066B' || c == '\u066C';
    }

    /** The literal that starts at {@code start} (a digit), or null when it is no number. */
    static Literal at(CharSequence text, int start) {
        List<String> groups = new ArrayList<>();
        List<Character> separators = new ArrayList<>();
        int i = start;
        StringBuilder group = new StringBuilder();
        while (true) {
            while (i < text.length() && isDigit(text.charAt(i))) {
                group.append((char) ('0' + Character.digit(text.charAt(i), 10)));
                i++;
            }
            groups.add(group.toString());
            group.setLength(0);
            int after = i + 1;
            while (after < text.length() && ArabicText.isFormatMark(text.charAt(after))) {
                after++; // «24.\u200F5»: a direction mark typed after the separator
            }
            if (after < text.length() && isSeparator(text.charAt(i)) && isDigit(text.charAt(after))) {
                separators.add(text.charAt(i));
                i = after;
            } else {
                break;
            }
        }
        return read(groups, separators, start, i);
    }

    private static Literal read(List<String> groups, List<Character> separators, int start, int end) {
        String first = groups.get(0);
        if (separators.isEmpty()) {
            return new Literal(start, end, new BigDecimal(first), Optional.empty(), first.length(), false);
        }
        int n = separators.size();
        char last = separators.get(n - 1);
        boolean lastIsDecimalMark = last == '\u066B' || (n > 1 && last != separators.get(0));
        int thousandGroups = lastIsDecimalMark ? n - 1 : n;
        boolean groupsOfThree = thousandGroups == 0 || first.length() <= 3;
        for (int k = 1; k <= thousandGroups; k++) {
            groupsOfThree &= groups.get(k).length() == 3 && separators.get(k - 1) != '\u066B';
            groupsOfThree &= separators.get(k - 1).equals(separators.get(0));
        }
        if (lastIsDecimalMark) {
            if (!groupsOfThree) {
                return null;
            }
            String integer = String.join("", groups.subList(0, n));
            return new Literal(start, end, new BigDecimal(integer + "." + groups.get(n)), Optional.empty(),
                    integer.length(), true);
        }
        if (n == 1 && last == '.') {
            BigDecimal decimal = new BigDecimal(first + "." + groups.get(1));
            Optional<BigDecimal> thousands = groupsOfThree
                    ? Optional.of(new BigDecimal(first + groups.get(1))) : Optional.empty();
            return new Literal(start, end, decimal, thousands, first.length(), true);
        }
        if (groupsOfThree) { // «2,030»، «٢٬٠٣٠»، «1.234.567»
            String integer = String.join("", groups);
            return new Literal(start, end, new BigDecimal(integer), Optional.empty(), integer.length(), true);
        }
        if (n == 1 && last == ',') { // «3,5»: a decimal comma
            return new Literal(start, end, new BigDecimal(first + "." + groups.get(1)), Optional.empty(),
                    first.length(), true);
        }
        return null;
    }
}
