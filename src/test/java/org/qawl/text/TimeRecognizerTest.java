package org.qawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
    void withoutAReportDateRelativeWordsStayUnresolved() {
        List<TimeExpression> found = times("وأعلن أمس الأحد أن المفاوضات انتهت.", null);
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TimeExpression.Kind.RELATIVE);
            assertThat(t.date()).isEmpty();
        });
    }

    @Test
    void aMissingYearIsTheYearTheTextStates() {
        List<TimeExpression> found = times("بدأت الاحتجاجات عام 2022. وفي 4 يناير الجاري توسعت.", null);
        assertThat(found).singleElement().satisfies(t -> assertThat(t.date()).contains(LocalDate.of(2022, 1, 4)));
    }
}
