package org.qawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qawl.ingest.Report;

/** Sentences: split at . ؟ ! and at every line break, trimmed, numbered by paragraph. */
class SentenceRecognizerTest {
    private final SentenceRecognizer recognizer = new SentenceRecognizer();

    @Test
    void splitsOnFullStopQuestionMarkAndExclamationMark() {
        String text = "استقبل الرئيس صباح اليوم وفدا برلمانيا. وبحث معه سبل التعاون! "
                + "هل تنجح المفاوضات؟ لم يتضح ذلك بعد.";

        assertThat(sentences(text)).containsExactly(
                new Sentence(span(text, "استقبل الرئيس صباح اليوم وفدا برلمانيا."), 0),
                new Sentence(span(text, "وبحث معه سبل التعاون!"), 0),
                new Sentence(span(text, "هل تنجح المفاوضات؟"), 0),
                new Sentence(span(text, "لم يتضح ذلك بعد."), 0));
    }

    @Test
    void endsHeadlineWithoutFullStopAtTheNewline() {
        String text = "الرئيس يستقبل وفدا برلمانيا\nاستقبل الرئيس وفدا برلمانيا في القصر.";

        assertThat(sentences(text)).containsExactly(
                new Sentence(span(text, "الرئيس يستقبل وفدا برلمانيا"), 0),
                new Sentence(span(text, "استقبل الرئيس وفدا برلمانيا في القصر."), 1));
    }

    @Test
    void neverLetsASentenceCrossANewline() {
        String text = "ارتفاع أسعار الوقود في الأسواق المحلية\n"
                + "قررت الحكومة رفع أسعار الوقود بنسبة عشرة في المئة\n"
                + "وتوقع خبراء أن ينعكس القرار على أسعار النقل";

        List<Sentence> sentences = sentences(text);

        assertThat(sentences).extracting(s -> s.span().of(text)).containsExactly(
                "ارتفاع أسعار الوقود في الأسواق المحلية",
                "قررت الحكومة رفع أسعار الوقود بنسبة عشرة في المئة",
                "وتوقع خبراء أن ينعكس القرار على أسعار النقل");
        assertThat(sentences).allSatisfy(s -> assertThat(s.span().of(text)).doesNotContain("\n"));
    }

    @Test
    void leavesSurroundingWhitespaceOutOfSpans() {
        String text = "  \tعاجل: زلزال يضرب المنطقة \u00A0\r\n"
                + "   \u200Fشعر السكان بهزة قوية.    وخرج كثيرون إلى الشوارع.  \t";

        assertThat(sentences(text)).containsExactly(
                new Sentence(span(text, "عاجل: زلزال يضرب المنطقة"), 0),
                new Sentence(span(text, "شعر السكان بهزة قوية."), 1),
                new Sentence(span(text, "وخرج كثيرون إلى الشوارع."), 1));
    }

    @Test
    void countsParagraphsPerNonBlankLine() {
        String text = "العنوان الرئيسي للخبر\n"
                + "الفقرة الأولى. وفيها جملتان.\n"
                + "\n"
                + "   \n"
                + "الفقرة الثانية بعد سطرين فارغين.\n"
                + "الفقرة الثالثة؟\n";

        assertThat(sentences(text)).containsExactly(
                new Sentence(span(text, "العنوان الرئيسي للخبر"), 0),
                new Sentence(span(text, "الفقرة الأولى."), 1),
                new Sentence(span(text, "وفيها جملتان."), 1),
                new Sentence(span(text, "الفقرة الثانية بعد سطرين فارغين."), 2),
                new Sentence(span(text, "الفقرة الثالثة؟"), 3));
    }

    @Test
    void doesNotSplitAtTheDecimalPointOfANumber() {
        String text = "نما الاقتصاد بنسبة 3.5 في المئة خلال العام الماضي. وهذا أعلى معدل منذ عقد.";

        assertThat(sentences(text)).extracting(s -> s.span().of(text)).containsExactly(
                "نما الاقتصاد بنسبة 3.5 في المئة خلال العام الماضي.",
                "وهذا أعلى معدل منذ عقد.");
    }

    @Test
    void keepsClosingQuotationMarkWithItsSentence() {
        String text = "قال المتحدث: «الوضع تحت السيطرة.» ثم غادر القاعة.";

        assertThat(sentences(text)).extracting(s -> s.span().of(text)).containsExactly(
                "قال المتحدث: «الوضع تحت السيطرة.»",
                "ثم غادر القاعة.");
    }

    @Test
    void findsNothingInBlankText() {
        assertThat(sentences("")).isEmpty();
        assertThat(sentences(" \n\t\n ")).isEmpty();
    }

    private List<Sentence> sentences(String text) {
        return recognizer.recognize(Report.ofText("r", text), Mentions.none());
    }

    private static Span span(String text, String part) {
        int start = text.indexOf(part);
        assertThat(start).as("\"%s\" in the text", part).isNotNegative();
        return new Span(start, start + part.length());
    }
}
