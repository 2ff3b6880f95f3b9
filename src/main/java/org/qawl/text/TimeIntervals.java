package org.qawl.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Deadlines and intervals of days, for {@link TimeScan}: «حتى 19 الشهر الحالي»، «حتى العاشر من
 * كانون الثاني/يناير»، «من 4 إلى 8 كانون الثاني/يناير 2022»، «بين 4 و8 يناير».
 */
final class TimeIntervals {
    private final TimeScan scan;
    private final List<Token> tokens;
    private final TimeWords words;

    TimeIntervals(TimeScan scan, TimeWords words) {
        this.scan = scan;
        this.tokens = scan.tokens();
        this.words = words;
    }

    TimeScan.Found at(int i) {
        TimeScan.Found found = until(i);
        return found != null ? found : interval(i);
    }

    /** «حتى 19 الشهر الحالي»، «حتى العاشر من كانون الثاني/يناير»، «حتى الخميس المقبل». */
    private TimeScan.Found until(int i) {
        TimeWords.Match until = words.phrase("until", tokens, i);
        if (until == null) {
            return null;
        }
        TimeScan.Day day = scan.day(i + until.words(), false);
        if (day == null) {
            return null;
        }
        return new TimeScan.Found(TimeExpression.period(scan.span(i, day.next()), TimeExpression.Kind.UNTIL, day.date(),
                Optional.empty()), day.next());
    }

    /**
     * «من 4 إلى 8 كانون الثاني/يناير 2022»، «خلال الفترة من 4 إلى 8 يناير»، «بين 4 و8 يناير»،
     * «من 28 ديسمبر إلى 3 يناير». The first day takes the month and year of the second when it
     * has none.
     */
    private TimeScan.Found interval(int i) {
        int j = i;
        if ((scan.is(j, "خلال") || scan.is(j, "في")) && scan.is(j + 1, "الفتره")) {
            j += 2;
        } else if (scan.is(j, "الفتره")) {
            j++;
        }
        if (j > i && scan.is(j, "الممتده")) {
            j++;
        }
        boolean between;
        if (scan.is(j, "من")) {
            between = false;
            j++;
        } else if (scan.is(j, "بين")) {
            between = true;
            j++;
        } else if (scan.is(j, "ما") && scan.is(j + 1, "بين")) {
            between = true;
            j += 2;
        } else {
            return null;
        }
        TimeScan.Day first = scan.explicit(j, false);
        int firstDay = 0;
        int k;
        if (first != null) {
            k = first.next();
        } else {
            int[] bare = scan.dayNumber(j, false);
            if (bare == null) {
                return null;
            }
            firstDay = bare[0];
            k = bare[1];
        }
        boolean wa = false;
        if (between) {
            if (scan.is(k, "و")) {
                k++;
            } else {
                wa = true;
            }
        } else if (scan.is(k, "الي") || scan.is(k, "حتي")) {
            k++;
        } else {
            return null;
        }
        TimeScan.Day second = scan.explicit(k, wa);
        if (second == null) {
            return null;
        }
        Optional<LocalDate> start = first != null ? first.date() : startBefore(second.date(), firstDay);
        return new TimeScan.Found(TimeExpression.period(scan.span(i, second.next()), TimeExpression.Kind.INTERVAL, start,
                second.date()), second.next());
    }

    private static Optional<LocalDate> startBefore(Optional<LocalDate> end, int day) {
        return end.flatMap(e -> {
            YearMonth month = day <= e.getDayOfMonth() ? YearMonth.from(e) : YearMonth.from(e).minusMonths(1);
            return TimeRecognizer.safeDate(month.getYear(), month.getMonthValue(), day);
        });
    }
}
