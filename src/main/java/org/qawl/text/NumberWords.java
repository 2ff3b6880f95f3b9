package org.qawl.text;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads numbers in the text, in digits («2,030»، «1.5 مليون») or in words («ثلاثة آلاف»، «خمسة
 * وعشرين»، «مئتي ألف»، «مليون ونصف»), with the number sections of
 * {@code qawl/lexicon/number-words.tsv}; the words around numbers are {@link QuantityWords}.
 * Immutable and thread-safe.
 */
final class NumberWords {
    static final String RESOURCE = "/qawl/lexicon/number-words.tsv";
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /**
     * Where a number phrase is: chars [start, end), and {@code next}, the first token after it.
     * {@code scale} is the scale word's value when the phrase is a number times a scale («20
     * ألف»، «تسعة آلاف»), else 1; {@code literal} is the digits, null for words.
     */
    record Phrase(int start, int end, int next, BigDecimal value, Optional<BigDecimal> thousandsReading,
            boolean inDigits, BigDecimal scale, Optional<Span> gluedSuffix, Numerals.Literal literal) {
        boolean scaled() {
            return scale.compareTo(BigDecimal.ONE) != 0;
        }
    }

    private final Map<String, Integer> ones;
    private final Map<String, Integer> teens;
    private final Map<String, Integer> tens;
    private final Map<String, Integer> hundreds;
    private final Map<String, BigDecimal> scales;
    private final Set<String> pluralScales;
    private final Map<String, BigDecimal> scaleDuals;
    private final Map<String, BigDecimal> fractions;
    private final Set<String> firstWords;

    private NumberWords(Map<String, List<String>> sections) {
        ones = values(sections, "ones");
        teens = values(sections, "teens");
        tens = values(sections, "tens");
        hundreds = values(sections, "hundreds");
        Map<String, BigDecimal> scaleMap = new HashMap<>();
        Set<String> plural = new HashSet<>();
        for (String line : section(sections, "scales")) {
            String[] columns = line.split("\t");
            String word = ArabicText.normalize(columns[0].strip());
            scaleMap.put(word, new BigDecimal(columns[1].strip()));
            if (columns.length > 2 && columns[2].strip().equals("plural")) {
                plural.add(word);
            }
        }
        scales = Map.copyOf(scaleMap);
        pluralScales = Set.copyOf(plural);
        scaleDuals = decimals(sections, "scale-duals");
        fractions = decimals(sections, "fractions");
        Set<String> first = new HashSet<>();
        for (Map<String, ?> map : List.of(ones, teens, tens, hundreds, scales, scaleDuals, fractions)) {
            map.keySet().forEach(k -> first.add(k.split(" ")[0]));
        }
        firstWords = Set.copyOf(first);
    }

    static NumberWords load() {
        return new NumberWords(LexiconFile.sections(RESOURCE));
    }

    // ---- numbers -------------------------------------------------------------------------

    /** The number that starts at token {@code i}, in digits or in words, or null. */
    Phrase at(String text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        int digit = firstDigit(text, token);
        if (digit >= 0) {
            return digits(text, tokens, i, digit);
        }
        return words(text, tokens, i);
    }

    /** Whether a token could start a number written in words (a cheap first test). */
    boolean mayStartWords(String normalized) {
        return firstWords.contains(normalized) || (normalized.length() >= 4
                && "وبلف".indexOf(normalized.charAt(0)) >= 0 && firstWords.contains(normalized.substring(1)));
    }

    /**
     * Where the digits of a token start, when all before them is a proclitic («و250»، «ب20»),
     * else -1 (also for «الـ15», an ordinal, and «F16», a name).
     */
    static int firstDigit(String text, Token token) {
        Span span = token.span();
        int k = span.start();
        int letters = 0;
        while (k < span.end() && !Numerals.isDigit(text.charAt(k))) {
            char c = text.charAt(k);
            if (!ArabicText.isDiacritic(c) && c != '\u0640') {
                if ("وبلف".indexOf(c) < 0 || ++letters > 2) {
                    return -1;
                }
            }
            k++;
        }
        return k < span.end() ? k : -1;
    }

    private Phrase digits(String text, List<Token> tokens, int i, int digit) {
        Numerals.Literal literal = Numerals.at(text, digit);
        if (literal == null) {
            return null;
        }
        int next = i;
        Optional<Span> glued = Optional.empty();
        while (next < tokens.size() && tokens.get(next).span().start() < literal.end()) {
            if (tokens.get(next).span().end() > literal.end()) {
                glued = Optional.of(new Span(literal.end(), tokens.get(next).span().end()));
            }
            next++;
        }
        BigDecimal value = literal.value();
        int end = literal.end();
        BigDecimal scaled = BigDecimal.ONE;
        if (glued.isEmpty() && next < tokens.size() && adjacent(text, end, tokens.get(next))) {
            BigDecimal scale = scales.get(tokens.get(next).normalized());
            if (scale != null) {
                value = value.multiply(scale);
                end = tokens.get(next).span().end();
                next++;
                scaled = scale;
                int[] half = half(text, tokens, next, end);
                if (half != null) {
                    value = value.add(scale.divide(TWO));
                    end = half[0];
                    next = half[1];
                }
                Phrase more = continuation(text, tokens, next, end, scale);
                if (more != null) { // «23 مليون و348 ألفاً»
                    value = value.add(more.value());
                    end = more.end();
                    next = more.next();
                }
            }
        }
        return new Phrase(digit, end, next, value.stripTrailingZeros(),
                scaled.equals(BigDecimal.ONE) ? literal.thousandsReading() : Optional.empty(), true, scaled, glued,
                literal);
    }

    private Phrase words(String text, List<Token> tokens, int i) {
        String first = core(tokens.get(i).normalized(), true);
        if (first == null) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal firstScale = BigDecimal.ONE; // «تسعة آلاف»: for «ستة إلى تسعة آلاف»
        int j = i;
        String word = first;
        boolean any = false;
        while (true) {
            int[] group = group(tokens, j, word);
            int k;
            if (group != null) {
                k = group[1];
                BigDecimal value = BigDecimal.valueOf(group[0]);
                BigDecimal scale = k < tokens.size() && adjacent(text, tokens.get(k - 1).span().end(), tokens.get(k))
                        ? scales.get(tokens.get(k).normalized()) : null;
                if (scale != null) {
                    total = total.add(value.multiply(scale));
                    firstScale = any ? firstScale : scale;
                    k++;
                } else if (!any && group[0] <= 2 && k == j + 1) {
                    return null; // «واحد من»، «اثنين»: a word, not a count (see QuantityRecognizer)
                } else {
                    total = total.add(value);
                    any = true;
                    j = k;
                    break; // a group without a scale is the last one
                }
            } else if (scaleDuals.containsKey(word)) {
                total = total.add(scaleDuals.get(word));
                k = j + 1;
            } else if (scales.containsKey(word) && !pluralScales.contains(word)) {
                total = total.add(scales.get(word));
                k = j + 1;
            } else if (fractions.containsKey(word) && j + 1 < tokens.size()
                    && scales.containsKey(tokens.get(j + 1).normalized())
                    && !pluralScales.contains(tokens.get(j + 1).normalized())) {
                total = total.add(fractions.get(word).multiply(scales.get(tokens.get(j + 1).normalized())));
                k = j + 2;
            } else {
                break;
            }
            any = true;
            j = k;
            int[] half = half(text, tokens, j, tokens.get(j - 1).span().end());
            if (half != null) {
                BigDecimal lastScale = scales.getOrDefault(tokens.get(j - 1).normalized(),
                        scaleDuals.getOrDefault(tokens.get(j - 1).normalized(), BigDecimal.ZERO));
                total = total.add(lastScale.divide(TWO));
                j = half[1];
                break;
            }
            if (j >= tokens.size() || !adjacent(text, tokens.get(j - 1).span().end(), tokens.get(j))) {
                break;
            }
            String scaleWord = tokens.get(j - 1).normalized();
            BigDecimal lastScale = scales.containsKey(scaleWord) ? scales.get(scaleWord)
                    : scaleDuals.getOrDefault(scaleWord, BigDecimal.ONE).divide(TWO);
            Phrase more = continuation(text, tokens, j, tokens.get(j - 1).span().end(), lastScale);
            if (more != null) { // «مليون و336 ألفاً»
                total = total.add(more.value());
                j = more.next();
                break;
            }
            String following = tokens.get(j).normalized();
            if (!following.startsWith("و") || following.length() < 3
                    || !firstWords.contains(following.substring(1))) {
                break;
            }
            word = following.substring(1);
        }
        if (!any) {
            return null;
        }
        int start = tokens.get(i).span().start() + prefixLength(text, tokens.get(i), first);
        return new Phrase(start, tokens.get(j - 1).span().end(), j, total.stripTrailingZeros(), Optional.empty(),
                false, firstScale, Optional.empty(), null);
    }

    /** «و348 ألفاً»، «و 989» after a scale: a smaller amount in digits joined to it, or null. */
    private Phrase continuation(String text, List<Token> tokens, int j, int end, BigDecimal scale) {
        if (j >= tokens.size() || !adjacent(text, end, tokens.get(j))) {
            return null;
        }
        String word = tokens.get(j).normalized();
        int k = j;
        if (word.equals("و")) {
            k = j + 1;
            if (k >= tokens.size() || !adjacent(text, tokens.get(j).span().end(), tokens.get(k))) {
                return null;
            }
        } else if (!word.startsWith("و")) {
            return null;
        }
        int digit = firstDigit(text, tokens.get(k));
        if (digit < 0 || (k == j && digit == tokens.get(k).span().start())) {
            return null;
        }
        Phrase more = digits(text, tokens, k, digit);
        return more == null || more.gluedSuffix().isPresent() || more.value().compareTo(scale) >= 0 ? null : more;
    }

    /** A value below 1000 in words from token j («مئة وخمسة وعشرون»، «ثلاث مئة»): {value, next}. */
    private int[] group(List<Token> tokens, int j, String word) {
        int value = 0;
        int k = j;
        if (hundreds.containsKey(word)) {
            value = hundreds.get(word);
            k++;
        } else if (ones.containsKey(word) && ones.get(word) >= 3 && j + 1 < tokens.size()
                && hundreds.getOrDefault(tokens.get(j + 1).normalized(), 0) == 100) {
            value = ones.get(word) * 100;
            k += 2;
        }
        if (value == 0) {
            return belowHundred(tokens, j, word);
        }
        if (k < tokens.size() && tokens.get(k).normalized().startsWith("و")) {
            int[] rest = belowHundred(tokens, k, tokens.get(k).normalized().substring(1));
            if (rest != null) {
                return new int[] {value + rest[0], rest[1]};
            }
        }
        return new int[] {value, k};
    }

    private int[] belowHundred(List<Token> tokens, int j, String word) {
        if (j + 1 < tokens.size()) {
            Integer teen = teens.get(word + " " + tokens.get(j + 1).normalized());
            if (teen != null) {
                return new int[] {teen, j + 2};
            }
        }
        if (ones.containsKey(word)) {
            int value = ones.get(word);
            if (j + 1 < tokens.size() && tokens.get(j + 1).normalized().startsWith("و")
                    && tens.containsKey(tokens.get(j + 1).normalized().substring(1))) {
                return new int[] {value + tens.get(tokens.get(j + 1).normalized().substring(1)), j + 2};
            }
            return new int[] {value, j + 1};
        }
        if (tens.containsKey(word)) {
            return new int[] {tens.get(word), j + 1};
        }
        return null;
    }

    /** «ونصف» after a scale at token j: {end char, next token}, or null. */
    private int[] half(String text, List<Token> tokens, int j, int end) {
        if (j < tokens.size() && tokens.get(j).normalized().equals("ونصف") && adjacent(text, end, tokens.get(j))) {
            return new int[] {tokens.get(j).span().end(), j + 1};
        }
        return null;
    }

    /** The word without a proclitic when that makes it a number word, else itself, or null. */
    private String core(String word, boolean proclitic) {
        if (firstWords.contains(word)) {
            return word;
        }
        if (proclitic && word.length() >= 4 && "وبلف".indexOf(word.charAt(0)) >= 0
                && firstWords.contains(word.substring(1))) {
            return word.substring(1);
        }
        return null;
    }

    /** How many chars of a token's text come before its core (a proclitic and its marks). */
    static int prefixLength(String text, Token token, String core) {
        String whole = token.normalized();
        if (whole.length() == core.length()) {
            return 0;
        }
        int k = token.span().start();
        int skip = whole.length() - core.length();
        while (skip > 0 && k < token.span().end()) {
            char c = text.charAt(k++);
            if (!ArabicText.isDiacritic(c) && c != '\u0640' && !ArabicText.isFormatMark(c)) {
                skip--;
            }
        }
        while (k < token.span().end() && (ArabicText.isDiacritic(text.charAt(k)) || text.charAt(k) == '\u0640')) {
            k++;
        }
        return k - token.span().start();
    }

    /** Only white space between {@code end} and the token: no punctuation, no line break. */
    static boolean adjacent(String text, int end, Token token) {
        for (int k = end; k < token.span().start(); k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || !(Character.isWhitespace(c) || c == '\u00A0' || c == '\u0640'
                    || ArabicText.isFormatMark(c))) {
                return false;
            }
        }
        return true;
    }

    static boolean isProclitic(String prefix) {
        return prefix.equals("و") || prefix.equals("ب") || prefix.equals("ل") || prefix.equals("ف")
                || prefix.equals("وب") || prefix.equals("فب") || prefix.equals("ول");
    }

    boolean isScale(String word) {
        return scales.containsKey(word);
    }

    /** A number word on its own: «واحد»، «اثنين» (for «جندي واحد»). */
    Integer ones(String word) {
        return ones.get(word);
    }

    // ---- loading --------------------------------------------------------------------------

    static List<String> section(Map<String, List<String>> sections, String name) {
        List<String> lines = sections.get(name);
        if (lines == null) {
            throw new IllegalStateException(RESOURCE + ": no [" + name + "] section");
        }
        return lines;
    }

    private static Map<String, Integer> values(Map<String, List<String>> sections, String name) {
        Map<String, Integer> map = new HashMap<>();
        for (String line : section(sections, name)) {
            String[] columns = line.split("\t");
            map.put(ArabicText.normalize(columns[0].strip()), Integer.parseInt(columns[1].strip()));
        }
        return Map.copyOf(map);
    }

    private static Map<String, BigDecimal> decimals(Map<String, List<String>> sections, String name) {
        Map<String, BigDecimal> map = new HashMap<>();
        for (String line : section(sections, name)) {
            String[] columns = line.split("\t");
            map.put(ArabicText.normalize(columns[0].strip()), new BigDecimal(columns[1].strip()));
        }
        return Map.copyOf(map);
    }
}
