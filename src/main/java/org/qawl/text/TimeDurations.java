package org.qawl.text;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * Lengths of time, for {@link TimeScan}: «خلال يومين»، «في غضون أسبوعين»، «لمدة أسبوع»، «على مدى
 * ثلاثة أشهر»، «لا تتجاوز 10 أيام»، «لن يستغرق ذلك أكثر من 10 أيام». Days, weeks, months and years
 * only: a {@link Period} has no hours.
 */
final class TimeDurations {
    /** Words after which a length is an age («عمره نحو عامين»، «البالغ من العمر»), not time an event takes. */
    private static final java.util.Set<String> AGE = java.util.Set.of("عمر", "عمره", "عمرها", "عمرهم", "العمر",
            "بعمر", "سن", "بسن", "عمرة");
    private final TimeScan scan;
    private final String text;
    private final List<Token> tokens;
    private final TimeWords words;
    private final NumberWords numbers;
    private final QuantityWords qualifiers;
    private final UnitLexicon units;

    TimeDurations(TimeScan scan, String text, List<Token> tokens, TimeWords words, NumberWords numbers,
            QuantityWords qualifiers, UnitLexicon units) {
        this.scan = scan;
        this.text = text;
        this.tokens = tokens;
        this.words = words;
        this.numbers = numbers;
        this.qualifiers = qualifiers;
        this.units = units;
    }

    /**
     * «خلال يومين»، «في غضون يومين»، «لمدة أسبوع»، «لا تتجاوز 10 أيام»، «لن يستغرق ذلك أكثر من 10
     * أيام»: a cue or a qualifier, then a number of days, weeks, months or years (a dual, or one
     * unit after a cue).
     */
    TimeScan.Found at(int i) {
        if (i > 0 && AGE.contains(tokens.get(i - 1).normalized())) {
            return null;
        }
        Quantity.Qualifier qualifier;
        int from = i;
        int j;
        boolean cued;
        TimeWords.Match cue = words.phrase("duration-cue", tokens, i);
        if (cue != null) {
            qualifier = Quantity.Qualifier.ofCode(cue.value());
            j = i + cue.words();
            cued = true;
            Optional<QuantityWords.QualifierMatch> then = qualifiers.qualifierAt(text, tokens, j);
            if (then.isPresent() && then.get().qualifier() != Quantity.Qualifier.WITHIN) {
                qualifier = then.get().qualifier(); // «خلال أقل من أسبوع»
                j = then.get().to();
            }
        } else {
            Optional<QuantityWords.QualifierMatch> match = qualifiers.qualifierAt(text, tokens, i);
            if (match.isEmpty() || match.get().qualifier() == Quantity.Qualifier.WITHIN) {
                return null;
            }
            qualifier = match.get().qualifier();
            j = match.get().to();
            cued = false;
            if (qualifier == Quantity.Qualifier.MORE_THAN || qualifier == Quantity.Qualifier.LESS_THAN) {
                int negation = QuantityWords.negationBefore(text, tokens, i);
                if (negation >= 0) {
                    from = negation;
                    qualifier = qualifier == Quantity.Qualifier.MORE_THAN
                            ? Quantity.Qualifier.AT_MOST : Quantity.Qualifier.AT_LEAST;
                }
            }
        }
        if (j >= tokens.size() || !NumberWords.adjacent(text, tokens.get(j - 1).span().end(), tokens.get(j))) {
            return null;
        }
        Period period;
        int next;
        NumberWords.Phrase number = numbers.at(text, tokens, j);
        if (number != null && number.gluedSuffix().isEmpty() && number.start() == tokens.get(j).span().start()) {
            UnitLexicon.Unit unit = number.next() < tokens.size()
                    && NumberWords.adjacent(text, number.end(), tokens.get(number.next()))
                    ? units.at(text, tokens, number.next(), false) : null;
            period = unit == null ? null : period(unit.unitClass(), number.value());
            next = unit == null ? -1 : unit.next();
        } else {
            UnitLexicon.Unit unit = units.at(text, tokens, j, false);
            boolean one = unit != null && !unit.dual() && cued && units.isSingular(tokens.get(j).normalized())
                    && words.phrase("hijri-month", tokens, j + 1) == null // «طوال شهر رمضان» names a month
                    && !isYearNumber(j + 1); // «خلال عام 2013» is the year 2013
            period = unit == null || (!unit.dual() && !one) ? null
                    : period(unit.unitClass(), BigDecimal.valueOf(unit.dual() ? 2 : 1));
            next = unit == null ? -1 : unit.next();
        }
        if (period == null) {
            return null;
        }
        Optional<QuantityWords.QualifierMatch> after = next < tokens.size()
                && NumberWords.adjacent(text, tokens.get(next - 1).span().end(), tokens.get(next))
                ? qualifiers.qualifierAfter(text, tokens, next) : Optional.empty();
        if (after.isPresent()) {
            if (qualifier == Quantity.Qualifier.EXACT) {
                qualifier = after.get().qualifier();
            }
            next = after.get().to();
        }
        int start;
        if (from != i) {
            start = scan.startOf(from, QuantityWords.negation(tokens.get(from).normalized()));
        } else if (cue != null) {
            start = cue.proclitic() ? scan.startOf(i, tokens.get(i).normalized().substring(1)) : tokens.get(i).span().start();
        } else {
            start = scan.startOf(i, qualifiers.qualifierAt(text, tokens, i).get().firstWord());
        }
        return new TimeScan.Found(TimeExpression.duration(new Span(start, tokens.get(next - 1).span().end()), period,
                qualifier), next);
    }

    /** A year written in digits at token {@code t}: «2013»، «١٤٣٦». */
    private boolean isYearNumber(int t) {
        return t < tokens.size() && tokens.get(t).normalized().matches("[0-9٠-٩]{4}");
    }

    /** A number of days, weeks, months or years as a Period; null for hours or fractions of a day. */
    private static Period period(String unitClass, BigDecimal value) {
        BigDecimal months = value.multiply(BigDecimal.valueOf(12));
        BigDecimal days = value.multiply(BigDecimal.valueOf(7));
        try {
            return switch (unitClass) {
                case "day" -> Period.ofDays(value.intValueExact());
                case "week" -> value.stripTrailingZeros().scale() <= 0 ? Period.ofWeeks(value.intValueExact())
                        : Period.ofDays(days.intValueExact());
                case "month" -> Period.ofMonths(value.intValueExact());
                case "year" -> value.stripTrailingZeros().scale() <= 0 ? Period.ofYears(value.intValueExact())
                        : Period.ofMonths(months.intValueExact());
                default -> null;
            };
        } catch (ArithmeticException notWhole) {
            return null;
        }
    }
}
