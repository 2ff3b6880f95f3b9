package org.qawl.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * The rules of {@link TimeRecognizer} over one report: deadlines, intervals, durations, days
 * (with a part of the day before them), months and periods, tried in that order at each token.
 */
final class TimeScan {
    /** An expression and the token after it. */
    record Found(TimeExpression expression, int next) {}

    /** A day: the tokens [from, next), its kind and the date when it can be resolved. */
    record Day(int next, TimeExpression.Kind kind, Optional<LocalDate> date) {}

    /**
     * A month after a day: a name («يناير 2022»، «كانون الثاني/يناير»، «يناير الماضي»، «رمضان
     * 1436هـ») or the report's month («الشهر الحالي»). {@code month} is 0 for the latter.
     */
    record MonthRef(int next, int month, Optional<Integer> statedYear, Integer relation, boolean hijri) {}

    private final String text;
    private final List<Token> tokens;
    private final Optional<LocalDate> anchor;
    private final Optional<Integer> year;
    private final TimeWords words;
    private final NumberWords numbers;
    private final UnitLexicon units;
    private final TimePeriods periods;
    private final TimeDurations durations;
    private final TimeIntervals intervals;

    TimeScan(String text, List<Token> tokens, Optional<LocalDate> anchor, Optional<Integer> year, TimeWords words,
            NumberWords numbers, QuantityWords qualifiers, UnitLexicon units) {
        this.text = text;
        this.tokens = tokens;
        this.anchor = anchor;
        this.year = year;
        this.words = words;
        this.numbers = numbers;
        this.units = units;
        this.periods = new TimePeriods(this);
        this.intervals = new TimeIntervals(this, words);
        this.durations = new TimeDurations(this, text, tokens, words, numbers, qualifiers, units);
    }

    Found at(int i) {
        Found found = intervals.at(i);
        if (found == null) {
            found = durations.at(i);
        }
        if (found == null) {
            found = dayWithPart(i);
        }
        if (found == null) {
            found = periods.at(i);
        }
        return found;
    }

    // ---- days -----------------------------------------------------------------------------

    /** A day, with a part of the day before it: «صباح اليوم»، «مساء أول أمس»، «فجر الخميس». */
    private Found dayWithPart(int i) {
        TimeWords.Match part = words.phrase("part-of-day", tokens, i);
        int from = part == null ? i : i + part.words();
        Day day = day(from, false);
        if (day == null) {
            return null;
        }
        return new Found(new TimeExpression(span(i, day.next()), day.kind(), day.date()), day.next());
    }

    Day day(int i, boolean wa) {
        Day day = explicit(i, wa);
        return day != null ? day : relative(i);
    }

    /** «[في] 4|الخامس [من] يناير[/كانون الثاني] [2022] [الجاري]»، «19 الشهر الحالي». */
    Day explicit(int i, boolean wa) {
        if (i >= tokens.size()) {
            return null;
        }
        Day slashed = wa ? null : slashDate(i);
        if (slashed != null) {
            return slashed;
        }
        int[] day = dayNumber(i, wa);
        if (day == null) {
            return null;
        }
        int j = day[1];
        if (is(j, "من")) {
            j++;
        }
        MonthRef month = monthRef(j);
        if (month == null) {
            return null;
        }
        return new Day(month.next(), TimeExpression.Kind.EXPLICIT, resolve(month, day[0]));
    }

    /** A day of the month in digits or as an ordinal word: {day, next token}, or null. */
    int[] dayNumber(int i, boolean wa) {
        if (i >= tokens.size()) {
            return null;
        }
        String word = tokens.get(i).normalized();
        if (word.length() > 1 && (word.charAt(0) == 'و' || (!wa && word.charAt(0) == 'ب'))
                && Numerals.isDigit(word.charAt(1))) {
            word = word.substring(1); // «و14 أكتوبر»، «بين 4 و8»
        }
        Integer number = TimeRecognizer.number(word);
        if (number != null) {
            return number >= 1 && number <= 31 ? new int[] {number, i + 1} : null;
        }
        if (wa || (i > 0 && tokens.get(i - 1).normalized().startsWith("ال") && !is(i - 1, "اليوم")
                && words.phrase("weekday", tokens, i - 1) == null)) {
            return null; // «النصف الثاني من مايو»: after a definite noun an ordinal is its adjective
        }
        TimeWords.Match ordinal = words.phrase("ordinal", tokens, i);
        return ordinal == null ? null : new int[] {ordinal.number(), i + ordinal.words()};
    }

    MonthRef monthRef(int j) {
        TimeWords.Match month = words.phrase("month", tokens, j);
        TimeWords.Match hijri = month == null ? words.phrase("hijri-month", tokens, j) : null;
        if (hijri != null) {
            int k = j + hijri.words();
            Optional<Integer> stated = hijriYearAt(k);
            if (stated.isPresent()) {
                k += is(k + 1, "ه") ? 2 : 1; // «1436 هـ»
            } else {
                int[] ofYear = ofYear(k, true);
                if (ofYear != null) {
                    return new MonthRef(ofYear[1], hijri.number(), Optional.of(ofYear[0]), null, true);
                }
            }
            return new MonthRef(k, hijri.number(), stated, null, true);
        }
        if (month == null) {
            TimeWords.Match relation = is(j, "الشهر") ? words.phrase("relation", tokens, j + 1) : null;
            return relation == null ? null : new MonthRef(j + 2, 0, Optional.empty(), relation.number(), false);
        }
        int k = j + month.words();
        TimeWords.Match other = words.phrase("month", tokens, k);
        if (other != null && other.value().equals(month.value())) {
            k += other.words(); // «كانون الثاني/يناير»
        }
        Optional<Integer> stated = yearAt(k);
        if (stated.isPresent()) {
            return new MonthRef(k + 1, month.number(), stated, null, false);
        }
        int[] ofYear = ofYear(k, false);
        if (ofYear != null) {
            return new MonthRef(ofYear[1], month.number(), Optional.of(ofYear[0]), null, false);
        }
        TimeWords.Match relation = words.phrase("relation", tokens, k);
        return new MonthRef(relation == null ? k : k + 1, month.number(), Optional.empty(),
                relation == null ? null : relation.number(), false);
    }

    /**
     * «من عام 1434هـ»، «من العام 2013»، «من العام الماضي»، «من هذا العام» after a month: {year,
     * next token}, or null (also for a year placed by a report date the report does not have).
     */
    private int[] ofYear(int k, boolean hijri) {
        if (!is(k, "من")) {
            return null;
        }
        int j = k + 1;
        boolean definite = is(j, "العام") || is(j, "السنه");
        if ((is(j, "هذا") || is(j, "هذه")) && (is(j + 1, "العام") || is(j + 1, "السنه"))) {
            return anchor.map(a -> new int[] {yearOf(a, hijri), j + 2}).orElse(null);
        }
        if (!definite && !is(j, "عام") && !is(j, "سنه")) {
            return null;
        }
        Optional<Integer> stated = hijri ? hijriYearAt(j + 1) : yearAt(j + 1);
        if (stated.isPresent()) {
            return new int[] {stated.get(), j + 2 + (hijri && is(j + 2, "ه") ? 1 : 0)};
        }
        TimeWords.Match relation = definite ? words.phrase("relation", tokens, j + 1) : null;
        return relation == null ? null
                : anchor.map(a -> new int[] {yearOf(a, hijri) + relation.number(), j + 2}).orElse(null);
    }

    private static int yearOf(LocalDate date, boolean hijri) {
        return hijri ? HijrahDate.from(date).get(ChronoField.YEAR) : date.getYear();
    }

    /** The day of a month reference, or empty when it cannot be placed. */
    private Optional<LocalDate> resolve(MonthRef month, int day) {
        if (month.hijri()) {
            return hijriYear(month).flatMap(y -> hijriDate(y, month.month(), day));
        }
        Optional<YearMonth> yearMonth = yearMonth(month);
        return yearMonth.flatMap(m -> TimeRecognizer.safeDate(m.getYear(), m.getMonthValue(), day));
    }

    Optional<YearMonth> yearMonth(MonthRef month) {
        if (month.month() == 0) {
            return anchor.map(a -> YearMonth.from(a).plusMonths(month.relation()));
        }
        if (month.statedYear().isPresent()) {
            return Optional.of(YearMonth.of(month.statedYear().get(), month.month()));
        }
        Integer relation = month.relation();
        if (relation != null && relation != 0) {
            return anchor.map(a -> {
                YearMonth current = YearMonth.from(a);
                YearMonth named = YearMonth.of(a.getYear(), month.month());
                if (relation < 0 && !named.isBefore(current)) {
                    return named.minusYears(1);
                }
                return relation > 0 && !named.isAfter(current) ? named.plusYears(1) : named;
            });
        }
        return year.map(y -> YearMonth.of(y, month.month()));
    }

    /** The first and last day of a month reference, or empty when it cannot be placed. */
    Optional<LocalDate[]> bounds(MonthRef month) {
        if (month.hijri()) {
            return hijriYear(month).flatMap(y -> hijriDate(y, month.month(), 1)).map(first -> new LocalDate[] {
                first, LocalDate.from(HijrahDate.from(first).with(TemporalAdjusters.lastDayOfMonth()))});
        }
        return yearMonth(month).map(m -> new LocalDate[] {m.atDay(1), m.atEndOfMonth()});
    }

    /** The Hijri year a Hijri month is in: the stated one, or the report's. */
    private Optional<Integer> hijriYear(MonthRef month) {
        return month.statedYear().or(() -> anchor.map(a -> HijrahDate.from(a).get(ChronoField.YEAR)));
    }

    static Optional<LocalDate> hijriDate(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.from(HijrahDate.of(year, month, day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A Hijri year at token k: 1300 to 1500, with «هـ» glued or not («1436هـ»، «1436»). */
    Optional<Integer> hijriYearAt(int k) {
        if (k >= tokens.size()) {
            return Optional.empty();
        }
        String word = tokens.get(k).normalized();
        if (word.endsWith("ه") && word.length() == 5) {
            word = word.substring(0, 4);
        }
        Integer number = TimeRecognizer.number(word);
        return number != null && number >= 1300 && number <= 1500 ? Optional.of(number) : Optional.empty();
    }

    /**
     * «22/7/2015»، «23/8/1436هـ»، «3 / 6 / 2015م»، «2015/7/22»: a date in digits with slashes.
     * Years from 1300 to 1500, or marked «هـ», are Hijri.
     */
    private Day slashDate(int i) {
        if (i + 2 >= tokens.size() || !slash(i) || !slash(i + 1)) {
            return null;
        }
        Integer a = TimeRecognizer.number(tokens.get(i).normalized());
        Integer b = TimeRecognizer.number(tokens.get(i + 1).normalized());
        String last = tokens.get(i + 2).normalized();
        boolean marked = last.endsWith("ه");
        if (last.length() == 5 && (marked || last.endsWith("م"))) {
            last = last.substring(0, 4);
        }
        Integer c = TimeRecognizer.number(last);
        if (a == null || b == null || c == null) {
            return null;
        }
        int next = i + 3;
        if (is(next, "ه") || is(next, "م")) {
            marked |= is(next, "ه");
            next++;
        }
        int year = a > 31 ? a : c;
        int day = a > 31 ? c : a;
        boolean hijri = marked || (year >= 1300 && year <= 1500);
        if (year < 1300 || b < 1 || b > 12) {
            return null;
        }
        Optional<LocalDate> date = hijri ? hijriDate(year, b, day) : TimeRecognizer.safeDate(year, b, day);
        return new Day(next, TimeExpression.Kind.EXPLICIT, date);
    }

    /** Only a slash, maybe with spaces, between token k and the next. */
    private boolean slash(int k) {
        String between = text.substring(tokens.get(k).span().end(), tokens.get(k + 1).span().start()).strip();
        return between.equals("/");
    }

    /**
     * A Gregorian year in digits at token k («2022»، «2022م»), 1000 to 2100 but for 1300 to 1500,
     * which Saudi and Gulf news use for Hijri years; or empty.
     */
    Optional<Integer> yearAt(int k) {
        if (k >= tokens.size()) {
            return Optional.empty();
        }
        String word = tokens.get(k).normalized();
        if (word.endsWith("م") && word.length() == 5) {
            word = word.substring(0, 4);
        }
        Integer number = TimeRecognizer.number(word);
        boolean gregorian = number != null && number >= 1000 && number <= 2100 && (number < 1300 || number > 1500);
        return gregorian ? Optional.of(number) : Optional.empty();
    }

    /** «أمس»، «أول أمس»، «اليوم الخميس»، «الخميس الماضي»، «يوم السبت المقبل». */
    private Day relative(int i) {
        if (i >= tokens.size()) {
            return null;
        }
        TimeWords.Match relative = words.phrase("relative", tokens, i);
        if (relative != null && is(i, "اليوم") && (words.phrase("not-today-after", tokens, i - 1) != null
                || (i + 1 < tokens.size() && tokens.get(i + 1).normalized().startsWith("ال")
                        && words.phrase("weekday", tokens, i + 1) == null))) {
            return null; // «ذات اليوم»، «اليوم التالي»، «اليوم الوطني»
        }
        if (relative != null) {
            int j = i + relative.words();
            TimeWords.Match weekday = words.phrase("weekday", tokens, j);
            if (weekday == null) {
                return new Day(j, TimeExpression.Kind.RELATIVE, anchor.map(a -> a.plusDays(relative.number())));
            }
            // «اليوم الخميس»، «أمس (السبت)»: the weekday says which day; a report date that is
            // later than the day of writing (the time a page was fetched) is corrected by it
            DayOfWeek named = DayOfWeek.of(weekday.number());
            return new Day(j + weekday.words(), TimeExpression.Kind.RELATIVE, anchor.map(a ->
                    a.plusDays(relative.number()).with(TemporalAdjusters.previousOrSame(named))));
        }
        int start = is(i, "يوم") ? i + 1 : i;
        TimeWords.Match weekday = words.phrase("weekday", tokens, start);
        if (weekday == null || words.phrase("not-weekday-after", tokens, start - 1) != null
                || (is(start - 1, "يوم") && words.phrase("not-weekday-after", tokens, start - 2) != null)) {
            return null; // «صلاة الجمعة»، «صلاة يوم الجمعة»
        }
        int j = start + weekday.words();
        TimeWords.Match relation = words.phrase("relation", tokens, j);
        Integer placed = relation == null ? null : relation.number();
        if (relation != null) {
            j += relation.words();
        }
        Day stated = relation == null ? explicit(j, false) : null;
        if (stated != null) {
            return stated; // «يوم الأربعاء (الخامس من يناير 2022)»: the date says which Wednesday
        }
        DayOfWeek day = DayOfWeek.of(weekday.number());
        return new Day(j, TimeExpression.Kind.WEEKDAY, anchor.map(a -> TimeRecognizer.weekday(a, day, placed)));
    }

    // ---- shared with TimePeriods and TimeDurations ----

    /** Where token k starts once a proclitic before {@code core} is left out. */
    int startOf(int k, String core) {
        return tokens.get(k).span().start() + NumberWords.prefixLength(text, tokens.get(k), core);
    }

    boolean is(int k, String normalized) {
        return k >= 0 && k < tokens.size() && tokens.get(k).normalized().equals(normalized);
    }

    Span span(int from, int to) {
        return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }

    List<Token> tokens() {
        return tokens;
    }

    TimeWords words() {
        return words;
    }

    Optional<LocalDate> anchor() {
        return anchor;
    }

    Optional<Integer> year() {
        return year;
    }
}
