package org.qawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qawl.ingest.Report;

class TimeRecognizerTest {
    private static final Pipeline PIPELINE = Pipeline.of(new TokenRecognizer(), TimeRecognizer.load());

    private static List<TimeExpression> times(String text, String reportDate) {
        Report report = new Report("r", "t", text, Optional.ofNullable(reportDate), Optional.empty(),
                Optional.empty(), "r");
        return PIPELINE.analyse(report).of(MentionKind.TIME, TimeExpression.class);
    }

    @Test
    void explicitDatesInBothMonthSeriesWithOrdinalsAndArabicIndicDigits() {
        List<TimeExpression> found = times("وصل الوفد في ١٢ آذار ٢٠٢٣ وغادر في الخامس من نيسان/أبريل.", null);
        assertThat(found).extracting(TimeExpression::date).containsExactly(
                Optional.of(LocalDate.of(2023, 3, 12)), Optional.of(LocalDate.of(2023, 4, 5)));
        assertThat(found).allMatch(t -> t.kind() == TimeExpression.Kind.EXPLICIT);
    }

    @Test
    void relativeWordsAndWeekdaysResolveAgainstTheReportDate() {
        // 2015-07-23 was a Thursday
        List<TimeExpression> found = times("قال أمس إن الاجتماع يعقد يوم الأحد المقبل بعد لقاء الثلاثاء الماضي.",
                "2015-07-23 10:00:00");
        assertThat(found).extracting(TimeExpression::date).containsExactly(
                Optional.of(LocalDate.of(2015, 7, 22)), Optional.of(LocalDate.of(2015, 7, 26)),
                Optional.of(LocalDate.of(2015, 7, 21)));
    }

    @Test
    void theWeekdayBeforeLast() {
        // 2015-07-21 was a Tuesday: last Friday was the 17th, the one before the 10th
        assertThat(only("وقع الهجوم يوم الجمعة قبل الماضي.", "2015-07-21").date())
                .contains(LocalDate.of(2015, 7, 10));
    }

    @Test
    void aWeekdayAfterARelativeWordSaysWhichDay() {
        // the report date is when the page was fetched, a Tuesday; the text was written on Friday
        List<TimeExpression> found = times("احتفل المسلمون صباح اليوم الجمعة بالعيد، وأعلن أمس (الخميس) موعده.",
                "2015-07-21 02:26:25");
        assertThat(found).extracting(TimeExpression::date).containsExactly(
                Optional.of(LocalDate.of(2015, 7, 17)), Optional.of(LocalDate.of(2015, 7, 16)));
    }

    @Test
    void withoutAReportDateRelativeWordsStayUnresolved() {
        List<TimeExpression> found = times("وأعلن أمس الأحد أن المفاوضات انتهت.", null);
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TimeExpression.Kind.RELATIVE);
            assertThat(t.date()).isEmpty();
        });
    }

    @Test
    void aMissingYearIsTheYearTheTextStates() {
        String text = "بدأت الاحتجاجات عام 2022. وفي 4 يناير الجاري توسعت.";
        List<TimeExpression> found = times(text, null);
        assertThat(found).extracting(TimeExpression::kind)
                .containsExactly(TimeExpression.Kind.YEAR, TimeExpression.Kind.EXPLICIT);
        assertThat(found.get(1).date()).contains(LocalDate.of(2022, 1, 4));
        assertThat(found.get(1).span().of(text)).isEqualTo("4 يناير الجاري");
    }

    // ---- intervals and deadlines ------------------------------------------------------------

    @Test
    void anIntervalOfDaysTakesTheMonthAndYearOfItsEnd() {
        String text = "شاركوا في أعمال الشغب خلال الفترة من 4 إلى 8 كانون الثاني/يناير 2022.";
        TimeExpression interval = only(text, null);
        assertThat(interval.kind()).isEqualTo(TimeExpression.Kind.INTERVAL);
        assertThat(interval.span().of(text)).isEqualTo("خلال الفترة من 4 إلى 8 كانون الثاني/يناير 2022");
        assertThat(interval.date()).contains(LocalDate.of(2022, 1, 4));
        assertThat(interval.end()).contains(LocalDate.of(2022, 1, 8));
    }

    @Test
    void anIntervalWithBetween() {
        String text = "جرت الانتخابات بين 4 و8 يناير.";
        TimeExpression interval = only(text, "2022-01-10 09:00:00");
        assertThat(interval.span().of(text)).isEqualTo("بين 4 و8 يناير");
        assertThat(interval.date()).contains(LocalDate.of(2022, 1, 4));
        assertThat(interval.end()).contains(LocalDate.of(2022, 1, 8));
    }

    @Test
    void aDeadlineInTheReportsMonth() {
        String text = "أعلنت السلطات حالة الطوارئ حتى 19 الشهر الحالي.";
        TimeExpression until = only(text, "2022-01-11");
        assertThat(until.kind()).isEqualTo(TimeExpression.Kind.UNTIL);
        assertThat(until.span().of(text)).isEqualTo("حتى 19 الشهر الحالي");
        assertThat(until.date()).contains(LocalDate.of(2022, 1, 19));
    }

    @Test
    void aDeadlineWithAnOrdinalDay() {
        String text = "اعتقلت الشرطة 7939 شخصاً حتى العاشر من كانون الثاني/يناير.";
        TimeExpression until = only(text, "2022-01-10");
        assertThat(until.kind()).isEqualTo(TimeExpression.Kind.UNTIL);
        assertThat(until.date()).contains(LocalDate.of(2022, 1, 10));
    }

    // ---- days -------------------------------------------------------------------------------

    @Test
    void aPartOfTheDayBelongsToTheExpressionAndKeepsTheDay() {
        // 2022-01-10 was a Monday
        String report = "2022-01-10";
        assertThat(spanAndDate("وأعلنت الوزارة صباح اليوم توقيف المشتبهين.", report))
                .isEqualTo("صباح اليوم 2022-01-10");
        assertThat(spanAndDate("وقال في خطاب بثه التلفزيون مساء أول أمس إن الوضع مستقر.", report))
                .isEqualTo("مساء أول أمس 2022-01-08");
        assertThat(spanAndDate("هاجم المسلحون المدينة فجر الخميس.", report)).isEqualTo("فجر الخميس 2022-01-06");
        assertThat(spanAndDate("وقعت الانفجارات صبيحة الخامس من الشهر الجاري.", report))
                .isEqualTo("صبيحة الخامس من الشهر الجاري 2022-01-05");
    }

    @Test
    void aWeekdayFollowedByItsDateTakesTheDate() {
        String text = "أعلنت السلطات يوم الأربعاء (الخامس من يناير/ كانون الثاني 2022) حالة الطوارئ.";
        TimeExpression day = only(text, null);
        assertThat(day.kind()).isEqualTo(TimeExpression.Kind.EXPLICIT);
        assertThat(day.date()).contains(LocalDate.of(2022, 1, 5));
        assertThat(day.span().of(text)).startsWith("يوم الأربعاء");
    }

    @Test
    void datesInDigitsWithSlashesInBothCalendars() {
        List<TimeExpression> found = times("يبدأ التسجيل في 23/8/1436هـ وينتهي في 3 / 6 / 2015م.", null);
        assertThat(found).extracting(TimeExpression::date).containsExactly(
                Optional.of(LocalDate.of(2015, 6, 10)), Optional.of(LocalDate.of(2015, 6, 3)));
    }

    @Test
    void hijriMonthsResolveWithTheStatedOrTheReportsHijriYear() {
        List<TimeExpression> found = times("يبدأ في 5 رمضان 1436هـ وينتهي في الخامس من شوال.", "2015-07-21");
        assertThat(found).extracting(TimeExpression::date).containsExactly(
                Optional.of(LocalDate.of(2015, 6, 22)), Optional.of(LocalDate.of(2015, 7, 21)));
    }

    @Test
    void theDayOfSomethingElseIsNotToday() {
        assertThat(times("وصل الوفد في ذات اليوم وغادر في اليوم التالي بعد صلاة الجمعة.", "2022-01-10")).isEmpty();
        assertThat(times("يزور الموقع 10 مفتشين في اليوم.", "2022-01-10")).isEmpty();
    }

    @Test
    void aMonthTakesTheYearThatFollowsIt() {
        List<TimeExpression> found = times("افتتح الجناح في شهر رجب من عام 1433هـ، والمبنى في مارس من العام الماضي.",
                "2015-07-21");
        assertThat(found).extracting(TimeExpression::kind).containsOnly(TimeExpression.Kind.MONTH);
        assertThat(found).extracting(TimeExpression::date).containsExactly(
                Optional.of(LocalDate.of(2012, 5, 22)), Optional.of(LocalDate.of(2014, 3, 1)));
    }

    // ---- weeks, months, years ---------------------------------------------------------------

    @Test
    void weeksMonthsAndYearsAreIntervalsAgainstTheReportDate() {
        String text = "زار الوزير موسكو الأسبوع الماضي ويعود الشهر المقبل بعد أن زارها العام الماضي.";
        List<TimeExpression> found = times(text, "2022-01-11");
        assertThat(found).extracting(TimeExpression::kind).containsExactly(
                TimeExpression.Kind.WEEK, TimeExpression.Kind.MONTH, TimeExpression.Kind.YEAR);
        assertThat(found).extracting(TimeExpression::date).containsExactly(Optional.of(LocalDate.of(2022, 1, 3)),
                Optional.of(LocalDate.of(2022, 2, 1)), Optional.of(LocalDate.of(2021, 1, 1)));
        assertThat(found).extracting(TimeExpression::end).containsExactly(Optional.of(LocalDate.of(2022, 1, 9)),
                Optional.of(LocalDate.of(2022, 2, 28)), Optional.of(LocalDate.of(2021, 12, 31)));
    }

    @Test
    void aMonthWithoutADayAndTheStartOfTheYear() {
        String text = "انطلقت الاحتجاجات في يناير 2022 بعد رفع الأسعار مطلع العام.";
        List<TimeExpression> found = times(text, "2022-02-15");
        assertThat(found).extracting(t -> t.span().of(text)).containsExactly("يناير 2022", "مطلع العام");
        assertThat(found).allMatch(t -> t.kind() == TimeExpression.Kind.MONTH);
        assertThat(found).allMatch(t -> t.date().equals(Optional.of(LocalDate.of(2022, 1, 1)))
                && t.end().equals(Optional.of(LocalDate.of(2022, 1, 31))));
    }

    @Test
    void aMonthNameAloneIsNoDate() {
        assertThat(times("مارس الرئيس ضغوطا على الحكومة.", "2022-01-10")).isEmpty();
    }

    @Test
    void withoutAReportDatePeriodsPlacedByItStayUnresolved() {
        List<TimeExpression> found = times(
                "زار الوزير موسكو الأسبوع الماضي، وتستمر الطوارئ حتى 19 الشهر الحالي كما في العام الماضي.", null);
        assertThat(found).extracting(TimeExpression::kind).containsExactly(TimeExpression.Kind.WEEK,
                TimeExpression.Kind.UNTIL, TimeExpression.Kind.YEAR);
        assertThat(found).allMatch(t -> t.date().isEmpty() && t.end().isEmpty());
    }

    // ---- durations --------------------------------------------------------------------------

    @Test
    void durationsWithTheirQualifier() {
        String text = "ستغادر القوات خلال يومين، وسيبدأ الانسحاب في غضون يومين ولن يستغرق ذلك أكثر من 10 أيام، "
                + "وستبقى وحدة لمدة أسبوع، ولا تتجاوز مهمتها الأخرى 10 أيام.";
        List<TimeExpression> found = times(text, null);
        assertThat(found).extracting(t -> t.span().of(text)).containsExactly("خلال يومين", "في غضون يومين",
                "لن يستغرق ذلك أكثر من 10 أيام", "لمدة أسبوع");
        assertThat(found).allMatch(t -> t.kind() == TimeExpression.Kind.DURATION && t.date().isEmpty());
        assertThat(found).extracting(t -> t.duration().orElseThrow()).containsExactly(Period.ofDays(2),
                Period.ofDays(2), Period.ofDays(10), Period.ofDays(7));
        assertThat(found).extracting(TimeExpression::qualifier).containsExactly(Quantity.Qualifier.WITHIN,
                Quantity.Qualifier.WITHIN, Quantity.Qualifier.AT_MOST, Quantity.Qualifier.EXACT);
    }

    @Test
    void aDurationCueFollowedByAQualifier() {
        String text = "أمهلتهم السلطات مدة لا تتجاوز 10 أيام.";
        TimeExpression duration = only(text, null);
        assertThat(duration.span().of(text)).isEqualTo("مدة لا تتجاوز 10 أيام");
        assertThat(duration.duration()).contains(Period.ofDays(10));
        assertThat(duration.qualifier()).isEqualTo(Quantity.Qualifier.AT_MOST);
    }

    @Test
    void theMonthOfRamadanIsNoDurationOfOneMonth() {
        String text = "تفتح المعارض أبوابها ليلاً طوال شهر رمضان.";
        assertThat(only(text, "2015-07-01").kind()).isEqualTo(TimeExpression.Kind.MONTH);
    }

    @Test
    void duringTheYear2013IsThatYearNotALengthOfOneYear() {
        String text = "وخلال عام 2013 وقعت آلاف الجرائم.";
        TimeExpression year = only(text, "2015-07-01");
        assertThat(year.kind()).isEqualTo(TimeExpression.Kind.YEAR);
        assertThat(year.date()).contains(java.time.LocalDate.of(2013, 1, 1));
    }

    @Test
    void anAgeIsNoDuration() {
        assertThat(times("وتوفي طفل عمره نحو عامين في الحادث.", "2015-07-01")).isEmpty();
        assertThat(times("وبقي المعتقل نحو عامين في السجن.", "2015-07-01")).extracting(TimeExpression::kind)
                .containsExactly(TimeExpression.Kind.DURATION);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static TimeExpression only(String text, String reportDate) {
        List<TimeExpression> found = times(text, reportDate);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    private static String spanAndDate(String text, String reportDate) {
        TimeExpression time = only(text, reportDate);
        return time.span().of(text) + " " + time.date().map(LocalDate::toString).orElse("-");
    }
}
