package org.qawl.text;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A time named in the text: a day, explicit («الخامس من يناير 2022»، «4 كانون الثاني»), relative
 * to the report's date («أمس»، «صباح اليوم الخميس») or a weekday («الخميس الماضي»); a period
 * («من 4 إلى 8 يناير»، «الأسبوع الماضي»، «في يناير 2022»، «العام الماضي»); a deadline («حتى 19
 * الشهر الحالي»); or a duration («خلال يومين»، «لا تتجاوز 10 أيام»).
 *
 * <p>{@code date} is the day named, the first day of a period, or the deadline; {@code end} the
 * last day of a period (inclusive). Both are empty when they cannot be resolved (a relative
 * word in a report without a date): such expressions are kept, never guessed. A duration has no
 * date; its length is {@code duration}, and {@code qualifier} says how exact that length is.
 */
public record TimeExpression(
        Span span,
        Kind kind,
        Optional<LocalDate> date,
        Optional<LocalDate> end,
        Optional<Period> duration,
        Quantity.Qualifier qualifier) implements Mention {

    public enum Kind {
        /** A day with its month: «4 يناير 2022»، «الخامس من الشهر الجاري». */
        EXPLICIT,
        /** A day relative to the report's date: «أمس»، «صباح اليوم». */
        RELATIVE,
        /** A weekday: «الخميس الماضي»، «يوم السبت المقبل». */
        WEEKDAY,
        /** A length of time: «خلال يومين»، «لمدة أسبوع»، «لن يستغرق ذلك أكثر من 10 أيام». */
        DURATION,
        /** Days from one to another: «من 4 إلى 8 يناير»، «بين 4 و8 يناير». */
        INTERVAL,
        /** A deadline: «حتى 19 الشهر الحالي»، «حتى العاشر من يناير». */
        UNTIL,
        /** A month, or part of a year given by a month: «في يناير 2022»، «الشهر الماضي»، «مطلع العام». */
        MONTH,
        /** A week: «الأسبوع الماضي»، «الأسبوع المقبل». */
        WEEK,
        /** A year: «عام 2022»، «العام الماضي». */
        YEAR
    }

    private static final Set<Kind> DAYS = Set.of(Kind.EXPLICIT, Kind.RELATIVE, Kind.WEEKDAY);

    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(qualifier, "qualifier");
    }

    /** A day, as before periods and durations were recognized. */
    public TimeExpression(Span span, Kind kind, Optional<LocalDate> date) {
        this(span, kind, date, Optional.empty(), Optional.empty(), Quantity.Qualifier.EXACT);
    }

    /** A period from {@code date} to {@code end}, both inclusive. */
    static TimeExpression period(Span span, Kind kind, Optional<LocalDate> date, Optional<LocalDate> end) {
        return new TimeExpression(span, kind, date, end, Optional.empty(), Quantity.Qualifier.EXACT);
    }

    /** A length of time. */
    static TimeExpression duration(Span span, Period duration, Quantity.Qualifier qualifier) {
        return new TimeExpression(span, Kind.DURATION, Optional.empty(), Optional.empty(), Optional.of(duration),
                qualifier);
    }

    /** Whether this names one day (explicit, relative or a weekday), so it can date a statement. */
    public boolean isDay() {
        return DAYS.contains(kind);
    }
}
