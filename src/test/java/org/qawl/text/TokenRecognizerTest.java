package org.qawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qawl.ingest.Report;

/** Words with their lookup forms; spans point at the text as written. */
class TokenRecognizerTest {
    private final TokenRecognizer recognizer = new TokenRecognizer();

    @Test
    void splitsWordsAndLeavesPunctuationOut() {
        String text = "قالَ الوزيرُ، «إنّ المفاوضاتِ مستمرّة»: هل تنجح؟ (نعم)!";

        assertThat(tokens(text)).containsExactly(
                token(text, "قالَ", "قال"),
                token(text, "الوزيرُ", "الوزير"),
                token(text, "إنّ", "ان"),
                token(text, "المفاوضاتِ", "المفاوضات"),
                token(text, "مستمرّة", "مستمره"),
                token(text, "هل", "هل"),
                token(text, "تنجح", "تنجح"),
                token(text, "نعم", "نعم"));
    }

    @Test
    void keepsDiacriticsAndTatweelInsideTheSpanButNotInTheLookupForm() {
        String text = "أعلنَ الـــرئيسُ مُضيفاً";

        assertThat(tokens(text)).containsExactly(
                token(text, "أعلنَ", "اعلن"),
                token(text, "الـــرئيسُ", "الرئيس"),
                token(text, "مُضيفاً", "مضيفا"));
    }

    @Test
    void foldsHamzatedAlefsAlefMaqsuraAndTaMarbuta() {
        String text = "أكد إسماعيل آل مصطفى أن المدينة آمنة";

        assertThat(tokens(text)).extracting(Token::normalized).containsExactly(
                "اكد", "اسماعيل", "ال", "مصطفي", "ان", "المدينه", "امنه");
    }

    @Test
    void takesLatinAndArabicIndicDigitsAsWords() {
        String text = "قتل 12 شخصا وأصيب ١٥٠ آخرون في 2024-05-01.";

        assertThat(tokens(text)).extracting(t -> t.span().of(text)).containsExactly(
                "قتل", "12", "شخصا", "وأصيب", "١٥٠", "آخرون", "في", "2024", "05", "01");
    }

    @Test
    void keepsJoinerMarkInsideAWordButNotAfterIt() {
        String text = "قال\u200Cت \u200Fالوزيرة\u200F: نعم";

        assertThat(tokens(text)).containsExactly(
                token(text, "قال\u200Cت", "قالت"),
                token(text, "الوزيرة", "الوزيره"),
                token(text, "نعم", "نعم"));
    }

    @Test
    void doesNotTakeTatweelUsedAsADashForAWord() {
        String text = "بيروت ـ قال مصدر أمني ـــ إن الوضع هادئ";

        assertThat(tokens(text)).extracting(t -> t.span().of(text)).containsExactly(
                "بيروت", "قال", "مصدر", "أمني", "إن", "الوضع", "هادئ");
        assertThat(tokens(text)).allSatisfy(t -> assertThat(t.normalized()).isNotEmpty());
    }

    @Test
    void findsWordNextToAnEmojiAtItsUtf16Index() {
        String text = "📢 عاجل";

        assertThat(tokens(text)).containsExactly(token(text, "عاجل", "عاجل"));
    }

    private List<Token> tokens(String text) {
        return recognizer.recognize(Report.ofText("r", text), Mentions.none());
    }

    private static Token token(String text, String asWritten, String normalized) {
        int start = text.indexOf(asWritten);
        assertThat(start).as("\"%s\" in the text", asWritten).isNotNegative();
        return new Token(new Span(start, start + asWritten.length()), normalized);
    }
}
