package org.qawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qawl.ingest.Report;

/** Quotations in “ ” « » and straight quotes: spans with the marks, inner spans without. */
class QuoteRecognizerTest {
    private final QuoteRecognizer recognizer = new QuoteRecognizer();

    @Test
    void recognizesCurlyQuotes() {
        String text = "قال الوزير: “لن نتراجع عن قرارنا” ثم غادر المؤتمر.";

        assertThat(quotes(text)).containsExactly(
                closed(text, "“لن نتراجع عن قرارنا”", "لن نتراجع عن قرارنا", '“'));
    }

    @Test
    void recognizesGuillemets() {
        String text = "وأكدت المتحدثة أن «المساعدات ستصل خلال يومين» بحسب الخطة.";

        assertThat(quotes(text)).containsExactly(
                closed(text, "«المساعدات ستصل خلال يومين»", "المساعدات ستصل خلال يومين", '«'));
    }

    @Test
    void recognizesStraightDoubleQuotes() {
        String text = "وصف المحلل الاتفاق بأنه \"خطوة أولى\" وقال إن \"الطريق ما زال طويلا\".";

        assertThat(quotes(text)).containsExactly(
                closed(text, "\"خطوة أولى\"", "خطوة أولى", '"'),
                closed(text, "\"الطريق ما زال طويلا\"", "الطريق ما زال طويلا", '"'));
    }

    @Test
    void recognizesQuoteNestedInAnother() {
        String text = "وأضاف: «نرفض ما يسمى “الحل المؤقت” ونطالب بانسحاب كامل» في ختام كلمته.";

        assertThat(quotes(text)).containsExactly(
                closed(text, "«نرفض ما يسمى “الحل المؤقت” ونطالب بانسحاب كامل»",
                        "نرفض ما يسمى “الحل المؤقت” ونطالب بانسحاب كامل", '«'),
                closed(text, "“الحل المؤقت”", "الحل المؤقت", '“'));
    }

    @Test
    void recognizesStraightQuotesNestedInGuillemets() {
        String text = "قال النائب: «صوتنا ضد قانون \"الطوارئ\" لأنه يقيد الحريات».";

        assertThat(quotes(text)).containsExactly(
                closed(text, "«صوتنا ضد قانون \"الطوارئ\" لأنه يقيد الحريات»",
                        "صوتنا ضد قانون \"الطوارئ\" لأنه يقيد الحريات", '«'),
                closed(text, "\"الطوارئ\"", "الطوارئ", '"'));
    }

    @Test
    void recognizesUnclosedQuoteToEndOfParagraph() {
        String text = "المعارضة تنتقد الموازنة\n"
                + "وقال زعيم المعارضة: «هذه الموازنة تثقل كاهل المواطنين.  \n"
                + "وأضاف أن «الحكومة لم تستشر أحدا» قبل إقرارها.";

        List<Quote> quotes = quotes(text);

        String unclosed = "«هذه الموازنة تثقل كاهل المواطنين.";
        assertThat(quotes).containsExactly(
                new Quote(span(text, unclosed), span(text, "هذه الموازنة تثقل كاهل المواطنين."), '«', false),
                closed(text, "«الحكومة لم تستشر أحدا»", "الحكومة لم تستشر أحدا", '«'));
    }

    @Test
    void doesNotLetUnclosedQuoteSwallowTheNextParagraph() {
        String text = "قال المتحدث: “سنواصل العمل\nوفي سياق آخر أعلنت الوزارة موعد الامتحانات.";

        List<Quote> quotes = quotes(text);

        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.closed()).isFalse();
            assertThat(quote.span()).isEqualTo(span(text, "“سنواصل العمل"));
            assertThat(quote.inner().of(text)).isEqualTo("سنواصل العمل");
            assertThat(quote.span().end()).isLessThanOrEqualTo(text.indexOf('\n'));
        });
    }

    @Test
    void closesInnerAndOuterQuoteLeftOpenAtEndOfParagraph() {
        String text = "وتابع: «لن نقبل بما وصفه “التسوية الظالمة\nفقرة تالية.";

        List<Quote> quotes = quotes(text);

        assertThat(quotes).extracting(Quote::closed).containsOnly(false);
        assertThat(quotes).extracting(q -> q.inner().of(text)).containsExactly(
                "لن نقبل بما وصفه “التسوية الظالمة", "التسوية الظالمة");
    }

    @Test
    void ignoresStrayClosingMarkAndStillFindsLaterQuotes() {
        String text = "انتهى الاجتماع» دون نتيجة” ثم قال الوسيط: «سنعود غدا».";

        assertThat(quotes(text)).containsExactly(
                closed(text, "«سنعود غدا»", "سنعود غدا", '«'));
    }

    @Test
    void ignoresEmptyQuotes() {
        String text = "كتب «» ثم “  ” ثم \"\" وأخيرا قال «نعم».";

        assertThat(quotes(text)).containsExactly(closed(text, "«نعم»", "نعم", '«'));
    }

    @Test
    void leavesSpacesInsideTheMarksOutOfTheInnerSpan() {
        String text = "قالت الوزيرة: «  سنبني ألف مدرسة جديدة \u00A0» أمام البرلمان.";

        assertThat(quotes(text)).containsExactly(
                closed(text, "«  سنبني ألف مدرسة جديدة \u00A0»", "سنبني ألف مدرسة جديدة", '«'));
    }

    @Test
    void findsQuotesInEveryParagraphInTextOrder() {
        String text = "«نحو سلام دائم» عنوان المؤتمر\n"
                + "قال الأمين العام “نحن متفائلون” وأكد «ضرورة الحوار».";

        assertThat(quotes(text)).extracting(q -> q.inner().of(text))
                .containsExactly("نحو سلام دائم", "نحن متفائلون", "ضرورة الحوار");
    }

    private List<Quote> quotes(String text) {
        return recognizer.recognize(Report.ofText("r", text), Mentions.none());
    }

    private static Quote closed(String text, String whole, String inner, char mark) {
        Span outer = span(text, whole);
        int innerStart = text.indexOf(inner, outer.start());
        return new Quote(outer, new Span(innerStart, innerStart + inner.length()), mark, true);
    }

    private static Span span(String text, String part) {
        int start = text.indexOf(part);
        assertThat(start).as("\"%s\" in the text", part).isNotNegative();
        return new Span(start, start + part.length());
    }
}
