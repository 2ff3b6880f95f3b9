package org.qawl.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * Periods longer than a day, for {@link TimeScan}: a month named without a day («في يناير
 * 2022»، «مطلع يناير»، «يناير الماضي»), the start, middle or end of a year («مطلع العام»), a week,
 * month or year placed by the report's date («الأسبوع الماضي»، «الشهر المقبل»، «هذا العام») and a
 * year in digits («عام 2022»، «لعام 1436هـ», Hijri years converted with the Umm al-Qura calendar).
 * Weeks run Monday to Sunday (ISO).
 */
final class TimePeriods {
    private final TimeScan scan;
    private final List<Token> tokens;
    private final TimeWords words;

    TimePeriods(TimeScan scan) {
        this.scan = scan;
        this.tokens = scan.tokens();
        this.words = scan.words();
    }

    TimeScan.Found at(int i) {
        TimeScan.Found found = month(i);
        if (found == null) {
            found = placed(i);
        }
        if (found == null) {
            found = yearInDigits(i);
        }
        return found;
    }

    /** «في يناير 2022»، «مطلع يناير»، «شهر يناير الماضي»، «مطلع العام»، «أواخر عام 2021». */
    private TimeScan.Found month(int i) {
        TimeWords.Match edge = words.phrase("period-edge", tokens, i);
        int j = edge == null ? i : i + edge.words();
        boolean cued = edge != null || words.phrase("month-cue", tokens, i - 1) != null;
        if (scan.is(j, "شهر")) {
            j++;
            cued = true;
        }
        TimeWords.Match name = words.phrase("month", tokens, j);
        if (name == null) {
            name = words.phrase("hijri-month", tokens, j);
        }
        if (name != null) {
            TimeScan.MonthRef month = scan.monthRef(j);
            boolean paired = month.next() > j + name.words();
            if (!cued && !paired) {
                return null; // «مارس» is also a verb, «نيسان» a car, «رمضان» a name
            }
            Optional<LocalDate[]> bounds = scan.bounds(month);
            return new TimeScan.Found(TimeExpression.period(scan.span(i, month.next()), TimeExpression.Kind.MONTH,
                    bounds.map(b -> b[0]), bounds.map(b -> b[1])), month.next());
        }
        if (edge == null) {
            return null;
        }
        Optional<Integer> year;
        int next;
        if (scan.is(j, "العام") || scan.is(j, "السنه")) {
            Optional<Integer> stated = scan.yearAt(j + 1);
            TimeWords.Match relation = stated.isPresent() ? null : words.phrase("relation", tokens, j + 1);
            next = j + 1 + (stated.isPresent() || relation != null ? 1 : 0);
            int offset = relation == null ? 0 : relation.number();
            year = stated.isPresent() ? stated : scan.anchor().map(a -> a.getYear() + offset);
        } else if ((scan.is(j, "عام") || scan.is(j, "سنه")) && scan.yearAt(j + 1).isPresent()) {
            year = scan.yearAt(j + 1);
            next = j + 2;
        } else {
            return null;
        }
        int monthOfYear = switch (edge.number()) {
            case 1 -> 1;
            case 2 -> 6;
            default -> 12;
        };
        return whole(i, next, year.map(y -> YearMonth.of(y, monthOfYear)));
    }

    private TimeScan.Found whole(int from, int next, Optional<YearMonth> month) {
        return new TimeScan.Found(TimeExpression.period(scan.span(from, next), TimeExpression.Kind.MONTH,
                month.map(m -> m.atDay(1)), month.map(YearMonth::atEndOfMonth)), next);
    }

    /** «الأسبوع الماضي»، «الشهر المقبل»، «العام الماضي»، «هذا الأسبوع»، «هذه السنة». */
    private TimeScan.Found placed(int i) {
        int j = i;
        Integer relation = null;
        if (scan.is(i, "هذا") || scan.is(i, "هذه")) {
            j++;
            relation = 0;
        }
        TimeWords.Match period = words.phrase("period", tokens, j);
        if (period == null) {
            return null;
        }
        int next = j + period.words();
        if (relation == null) {
            TimeWords.Match placedBy = words.phrase("relation", tokens, next);
            if (placedBy == null) {
                return null;
            }
            relation = placedBy.number();
            next += placedBy.words();
        }
        int offset = relation;
        Span span = scan.span(i, next);
        Optional<LocalDate> anchor = scan.anchor();
        return switch (period.number()) {
            case 7 -> {
                Optional<LocalDate> monday = anchor.map(a ->
                        a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset));
                yield new TimeScan.Found(TimeExpression.period(span, TimeExpression.Kind.WEEK, monday,
                        monday.map(m -> m.plusDays(6))), next);
            }
            case 30 -> whole(i, next, anchor.map(a -> YearMonth.from(a).plusMonths(offset)));
            default -> year(span, next, anchor.map(a -> a.getYear() + offset), false);
        };
    }

    /** «عام 2022»، «العام 2022»، «لعام 1436هـ». */
    private TimeScan.Found yearInDigits(int i) {
        TimeWords.Match word = words.phrase("year-word", tokens, i);
        if (word == null || i + word.words() >= tokens.size()) {
            return null;
        }
        int k = i + word.words();
        Optional<Integer> gregorian = scan.yearAt(k);
        if (gregorian.isPresent()) {
            return year(scan.span(i, k + 1), k + 1, gregorian, false);
        }
        String digits = tokens.get(k).normalized();
        if (digits.endsWith("ه") && digits.length() == 5) {
            digits = digits.substring(0, 4); // «1436هـ»
        }
        Integer hijri = TimeRecognizer.number(digits);
        if (hijri == null || hijri < 1300 || hijri > 1500) {
            return null;
        }
        return year(scan.span(i, k + 1), k + 1, Optional.of(hijri), true);
    }

    private TimeScan.Found year(Span span, int next, Optional<Integer> year, boolean hijri) {
        Optional<LocalDate> first = year.map(y -> hijri ? LocalDate.from(HijrahDate.of(y, 1, 1)) : LocalDate.of(y, 1, 1));
        Optional<LocalDate> last = year.map(y -> hijri
                ? LocalDate.from(HijrahDate.of(y, 1, 1).plus(1, ChronoUnit.YEARS)).minusDays(1)
                : LocalDate.of(y, 12, 31));
        return new TimeScan.Found(TimeExpression.period(span, TimeExpression.Kind.YEAR, first, last), next);
    }
}
