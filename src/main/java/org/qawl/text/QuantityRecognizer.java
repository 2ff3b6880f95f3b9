package org.qawl.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qawl.ingest.Report;

/**
 * Numbers and what they count: «نحو 2500 جندي»، «أكثر من 1300 آخرين»، «بين 10 و20 قتيلاً»،
 * «17 من رجال الأمن»، «ثلاثة آلاف شخص»، «يومين». Words come from {@code number-words.tsv} and
 * {@code units.tsv}. Immutable, thread-safe and stateless.
 *
 * <p>Not quantities: numbers inside a date or time expression (other than a duration), years
 * («2022» with nothing counted), names («المادة 2»، «القرار 2216»، «رقم 5»، «الـ15»), ordinals,
 * times of day («10 صباحاً»، «10:30»), dates and scores in digits («21/7»، «2-1»), phone-like
 * strings and model names («F-16»), and the vague «عشرات»، «مئات»، «آلاف» on their own.
 */
public final class QuantityRecognizer implements Recognizer {
    /**
     * Classes of weights, volumes, percentages and time. A dot before exactly three digits
     * («7.939») is read as a decimal point with these («2.125%»), and as a thousands separator
     * with any other known class: counts of people and things («7.939 شخصاً») and lengths and
     * areas («1.200 متر»), which news does not give to the thousandth. Money is read as thousands
     * from two digits before the dot on («218.500 دولار»), as a decimal with one («3.750 ريال», an
     * exchange rate). With no known unit it stays a decimal point.
     */
    private static final Set<String> MEASURES = Set.of("percent", "kg", "liter", "ton", "barrel",
            "megawatt", "times", "day", "week", "month", "year", "hour", "minute", "second");
    /** Unit classes of durations: «خلال» and «في غضون» mean «within» only before these. */
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    static final Set<String> DURATIONS = Set.of("day", "week", "month", "year", "hour", "minute");

    private final NumberWords numbers;
    private final QuantityWords words;
    private final UnitLexicon units;

    QuantityRecognizer(NumberWords numbers, QuantityWords words, UnitLexicon units) {
        this.numbers = numbers;
        this.words = words;
        this.units = units;
    }

    public static QuantityRecognizer load() {
        return new QuantityRecognizer(NumberWords.load(), QuantityWords.load(), UnitLexicon.load());
    }

    @Override
    public MentionKind provides() {
        return MentionKind.QUANTITY;
    }

    @Override
    public Set<MentionKind> needs() {
        return Set.of(MentionKind.TOKEN, MentionKind.TIME);
    }

    @Override
    public List<Quantity> recognize(Report report, Mentions found) {
        String text = report.text();
        List<Token> tokens = found.of(MentionKind.TOKEN, Token.class);
        List<Span> dates = found.of(MentionKind.TIME, TimeExpression.class).stream()
                .filter(t -> t.kind() != TimeExpression.Kind.DURATION).map(TimeExpression::span).toList();
        List<Quantity> out = new ArrayList<>();
        Scan scan = new Scan(text, tokens, out);
        int date = 0;
        int i = 0;
        while (i < tokens.size()) {
            Span span = tokens.get(i).span();
            while (date < dates.size() && dates.get(date).end() <= span.start()) {
                date++;
            }
            if (date < dates.size() && dates.get(date).overlaps(span)) {
                i++; // part of a date: «6 يناير 2022»، «حتى 19 الشهر الحالي»
                continue;
            }
            i = Math.max(i + 1, scan.at(i));
        }
        return out;
    }

    private record Qualified(Quantity.Qualifier qualifier, int start) {}

    /** One report's scan: the text, its tokens and the quantities found so far. */
    private final class Scan {
        private final String text;
        private final List<Token> tokens;
        private final List<Quantity> out;

        Scan(String text, List<Token> tokens, List<Quantity> out) {
            this.text = text;
            this.tokens = tokens;
            this.out = out;
        }

        /** Adds the quantity that starts at token i, if any; returns the token after it. */
        int at(int i) {
            Token token = tokens.get(i);
            if (token.normalized().startsWith("ال") && token.normalized().length() > 2
                    && Numerals.isDigit(token.normalized().charAt(2))) {
                // «الـ15» (an ordinal), «الـ50 مليون دولار» (the 50 million): no new figure
                return i + 1 < tokens.size() && numbers.isScale(tokens.get(i + 1).normalized()) ? i + 2 : i + 1;
            }
            boolean digits = NumberWords.firstDigit(text, token) >= 0;
            NumberWords.Phrase number = digits || numbers.mayStartWords(token.normalized())
                    ? numbers.at(text, tokens, i) : null;
            return number == null ? unitFirst(i) : fromNumber(i, number);
        }

        private int fromNumber(int i, NumberWords.Phrase number) {
            int first = i; // the token a qualifier or «بين» must come right before
            if (i > 0 && NumberWords.isProclitic(tokens.get(i - 1).normalized())
                    && adjacent(tokens.get(i - 1).span().end(), i)) {
                first = i - 1; // «بـ 37»
            }
            String before = first > 0 && adjacent(tokens.get(first - 1).span().end(), first)
                    ? tokens.get(first - 1).normalized() : "";
            if (words.isLabelNoun(before) && !countsAKnownUnit(number)) {
                return skipCoordinated(number.next()); // «المادتان 2 و 4»، but «استغرقت الرحلة 3 ساعات»
            }
            if (isNoNumber(number, before)) {
                return number.next(); // «الـ15»، «التاسع عشر»، «الستة عشر»، «F-16»، «10:30»
            }
            boolean proclitic = number.start() > tokens.get(i).span().start();
            Qualified qualified = proclitic ? null : qualifierBefore(first);
            Quantity.Qualifier qualifier = qualified == null ? Quantity.Qualifier.EXACT : qualified.qualifier();
            int start = qualified == null ? number.start() : qualified.start();
            NumberWords.Phrase upper = null;
            if (qualified == null && !proclitic) {
                Range range = Range.find(text, tokens, numbers, words, first, number, before);
                if (range == Range.SCORE) {
                    return skipCoordinated(number.next());
                }
                if (range != null) {
                    upper = range.upper();
                    qualifier = Quantity.Qualifier.RANGE;
                    start = range.start();
                }
            }
            NumberWords.Phrase last = upper != null ? upper : number;
            UnitFound unit = UnitFound.after(text, tokens, numbers, words, units, last);
            if (unit == UnitFound.REJECT || (upper != null && unit.text().isEmpty()
                    && NumberContext.areYears(number, upper))) {
                return last.next(); // «10 صباحاً»، «2015م»، «من 2015 إلى 2019»، «1227 – 1270»
            }
            BigDecimal value = number.value();
            BigDecimal upTo = upper == null ? null : upper.value();
            if (thousands(unit.unitClass(), number)) {
                value = number.thousandsReading().orElse(value);
                upTo = upper == null ? null : upper.thousandsReading().orElse(upTo);
            }
            if (upper != null && upper.scaled() && !number.scaled()
                    && value.multiply(upper.scale()).compareTo(upTo) < 0) {
                value = value.multiply(upper.scale()); // «بين 10 و20 ألفاً»
            }
            int end = unit.end() > 0 ? unit.end() : last.end();
            int next = unit.end() > 0 ? unit.next() : last.next();
            if (unit.end() > 0 && upper == null && isHalf(next, end)) {
                value = value.add(HALF); // «3 ساعات ونصف»
                end = tokens.get(next++).span().end();
            }
            Optional<QuantityWords.QualifierMatch> afterMatch = next < tokens.size() && adjacent(end, next)
                    ? words.qualifierAfter(text, tokens, next) : Optional.empty();
            if (afterMatch.isPresent()) {
                if (qualifier == Quantity.Qualifier.EXACT) {
                    qualifier = afterMatch.get().qualifier();
                }
                end = tokens.get(afterMatch.get().to() - 1).span().end();
                next = afterMatch.get().to();
            }
            if (qualifier == Quantity.Qualifier.WITHIN && !DURATIONS.contains(unit.unitClass())) {
                qualifier = Quantity.Qualifier.EXACT; // «خلال 3 اجتماعات»: during, not within
                start = number.start();
            }
            if (unit.unitClass().isEmpty() && qualifier == Quantity.Qualifier.EXACT && upper == null
                    && NumberContext.isYearLike(number) && number.value().remainder(HUNDRED).signum() != 0) {
                return next; // «2015 تقر»: a year before a verb the lexicon does not know («2000 وظيفة» stays)
            }
            if (unit.text().isEmpty()) {
                // «مقتل 12 وإصابة 30»: the masdar before says what a bare number counts
                Optional<String> counted = nounBefore(start).flatMap(words::countedByNounBefore);
                if (counted.isPresent() && !NumberContext.isNoCount(text, number)) {
                    out.add(new Quantity(new Span(start, end), value, Optional.ofNullable(upTo), qualifier, "",
                            Optional.empty(), counted.get()));
                    return next;
                }
            }
            if (unit.text().isEmpty() && qualifier == Quantity.Qualifier.EXACT
                    && (NumberContext.isNoCount(text, number)
                            || (number.inDigits() && !number.scaled() && !countContext(first)))) {
                return next; // a year, a phone number, «(1)», or digits that nothing says count
            }
            start = Math.min(start, unit.span().map(Span::start).orElse(start)); // «%14.2»
            out.add(new Quantity(new Span(start, end), value, Optional.ofNullable(upTo), qualifier, unit.text(),
                    unit.span(), unit.unitClass()));
            return next;
        }

        /** The word right before {@code start} with only a space between, normalized; empty at a break. */
        private Optional<String> nounBefore(int start) {
            int found = Token.firstEndingAfter(tokens, start) - 1; // the last token that ends at or before start
            if (found < 0 || !text.substring(tokens.get(found).span().end(), start).isBlank()) {
                return Optional.empty();
            }
            return Optional.of(tokens.get(found).normalized());
        }

        /** A unit of the lexicon right after the number («3 ساعات»), not after «من». */
        private boolean countsAKnownUnit(NumberWords.Phrase number) {
            UnitFound unit = UnitFound.after(text, tokens, numbers, words, units, number);
            return !unit.unitClass().isEmpty() && number.next() < tokens.size()
                    && unit.span().map(Span::start).orElse(-1) == tokens.get(number.next()).span().start();
        }

        /** Whether «7.939» is 7939 with this unit (see {@link #MEASURES}). */
        private boolean thousands(String unitClass, NumberWords.Phrase number) {
            if (unitClass.isEmpty() || MEASURES.contains(unitClass) || !number.inDigits()) {
                return false;
            }
            return !unitClass.equals("currency") || number.literal().integerDigits() >= 2;
        }

        /** Digits that name or date something rather than count: «الـ15»، «F-16»، «التاسع عشر». */
        private boolean isNoNumber(NumberWords.Phrase number, String before) {
            if (number.inDigits()) {
                return before.equals("ال") || !NumberContext.digitsAreANumber(text, number);
            }
            return words.isOrdinal(before)
                    || (before.startsWith("ال") && numbers.mayStartWords(before.substring(2))); // «الستة عشر»
        }

        /**
         * The qualifier right before token {@code first}, also across «عددهم» («لا يتجاوز عددهم
         * 200»), or null.
         */
        private Qualified qualifierBefore(int first) {
            Optional<QuantityWords.QualifierMatch> match = words.qualifierBefore(text, tokens, first);
            if (match.isEmpty() && first > 0 && isCountWord(tokens.get(first - 1).normalized())
                    && adjacent(tokens.get(first - 1).span().end(), first)) {
                match = words.qualifierBefore(text, tokens, first - 1);
            }
            return match.filter(m -> adjacent(tokens.get(m.to() - 1).span().end(), m.to()))
                    .map(this::qualified).orElse(null);
        }

        /** «ونصف» right after a unit: and a half. */
        private boolean isHalf(int token, int end) {
            return token < tokens.size() && tokens.get(token).normalized().equals("ونصف") && adjacent(end, token);
        }

        /** «واحد»، «واحدة» after a unit («جندي واحد»), but not «وأحد» (and one of), which folds alike. */
        private boolean isOne(Token token) {
            String word = token.normalized();
            return (word.equals("واحد") || word.equals("واحده")) && token.span().of(text).indexOf('أ') < 0;
        }

        /** «عدد»، «عددهم»، «العدد»: the words that say a bare number is a count. */
        private boolean isCountWord(String word) {
            String bare = word.length() > 3 && "وبلف".indexOf(word.charAt(0)) >= 0 ? word.substring(1) : word;
            return bare.startsWith("عدد") || bare.equals("العدد") || bare.startsWith("اجمالي");
        }

        /** Whether a count word is among the four words before token {@code first} («بلغ عدد القتلى 25»). */
        private boolean countContext(int first) {
            for (int j = first - 1; j >= Math.max(0, first - 4); j--) {
                if (!adjacent(tokens.get(j).span().end(), j + 1)) {
                    return false;
                }
                if (isCountWord(tokens.get(j).normalized())) {
                    return true;
                }
            }
            return false;
        }

        /** «يومين»، «شهرين»، «ضعفين»، «جنديين اثنين»، «جندي واحد»: a unit that is its own number. */
        private int unitFirst(int i) {
            Token token = tokens.get(i);
            String word = token.normalized();
            boolean mayBeDual = word.endsWith("ين") || word.endsWith("ان");
            boolean beforeOne = i + 1 < tokens.size() && isOne(tokens.get(i + 1));
            if (word.startsWith("ال") || word.length() < 3 || !(mayBeDual || beforeOne)) {
                return i + 1;
            }
            Token core = token;
            if (word.length() >= 5 && "وبلف".indexOf(word.charAt(0)) >= 0) { // «ليومين»، «وشهرين»
                int prefix = NumberWords.prefixLength(text, token, word.substring(1));
                Token bare = new Token(new Span(token.span().start() + prefix, token.span().end()), word.substring(1));
                core = units.at(text, List.of(bare), 0, false) != null ? bare : token;
            }
            UnitLexicon.Unit unit = units.at(text, core == token ? tokens : List.of(core), core == token ? i : 0, false);
            if (unit == null || (core == token && unit.next() != i + 1)) {
                return i + 1;
            }
            int next = i + 1;
            int end = core.span().end();
            BigDecimal value;
            if (unit.dual()) {
                value = BigDecimal.valueOf(2);
                if (next < tokens.size() && adjacent(end, next)
                        && Integer.valueOf(2).equals(numbers.ones(tokens.get(next).normalized()))) {
                    end = tokens.get(next++).span().end(); // «جنديين اثنين»
                }
                if (isHalf(next, end)) {
                    value = value.add(HALF); // «عامان ونصف»
                    end = tokens.get(next++).span().end();
                }
            } else if (next < tokens.size() && adjacent(end, next) && isOne(tokens.get(next))) {
                value = BigDecimal.ONE;
                end = tokens.get(next++).span().end();
            } else {
                return i + 1;
            }
            Qualified qualified = core == token ? qualifierBefore(i) : null;
            Quantity.Qualifier qualifier = qualified == null ? Quantity.Qualifier.EXACT : qualified.qualifier();
            int start = qualified == null ? core.span().start() : qualified.start();
            Optional<QuantityWords.QualifierMatch> afterMatch = next < tokens.size() && adjacent(end, next)
                    ? words.qualifierAfter(text, tokens, next) : Optional.empty();
            if (afterMatch.isPresent()) {
                qualifier = qualifier == Quantity.Qualifier.EXACT ? afterMatch.get().qualifier() : qualifier;
                end = tokens.get(afterMatch.get().to() - 1).span().end();
                next = afterMatch.get().to();
            }
            if (qualifier == Quantity.Qualifier.WITHIN && !DURATIONS.contains(unit.unitClass())) {
                qualifier = Quantity.Qualifier.EXACT;
                start = core.span().start();
            }
            Span unitSpan = core.span();
            out.add(new Quantity(new Span(start, end), value, Optional.empty(), qualifier, unitSpan.of(text),
                    Optional.of(unitSpan), unit.unitClass()));
            return next;
        }

        /**
         * The qualifier of a phrase before a number and where it starts, after a proclitic on its
         * first word («بنحو»). «أكثر من» and «أقل من» after a negation up to three words before
         * («لن يستغرق ذلك أكثر من»، «ليس أقل من») are at-most and at-least, from the negation on.
         */
        private Qualified qualified(QuantityWords.QualifierMatch match) {
            int from = match.from();
            String firstWord = match.firstWord();
            Quantity.Qualifier qualifier = match.qualifier();
            if (qualifier == Quantity.Qualifier.MORE_THAN || qualifier == Quantity.Qualifier.LESS_THAN) {
                int negation = QuantityWords.negationBefore(text, tokens, from);
                if (negation >= 0) {
                    firstWord = QuantityWords.negation(tokens.get(negation).normalized());
                    from = negation;
                    qualifier = qualifier == Quantity.Qualifier.MORE_THAN
                            ? Quantity.Qualifier.AT_MOST : Quantity.Qualifier.AT_LEAST;
                }
            }
            Token token = tokens.get(from);
            return new Qualified(qualifier, token.span().start() + NumberWords.prefixLength(text, token, firstWord));
        }

        private boolean adjacent(int end, int token) {
            return NumberWords.adjacent(text, end, tokens.get(token));
        }

        /** After a number that names something, the numbers joined to it by و («2 و 4»). */
        private int skipCoordinated(int next) {
            while (next < tokens.size()) {
                int j = tokens.get(next).normalized().equals("و") && next + 1 < tokens.size() ? next + 1 : next;
                if (j == next && !tokens.get(next).normalized().startsWith("و")) {
                    break;
                }
                NumberWords.Phrase number = NumberWords.firstDigit(text, tokens.get(j)) >= 0
                        ? numbers.at(text, tokens, j) : null;
                if (number == null) {
                    break;
                }
                next = number.next();
            }
            return next;
        }
    }
}
