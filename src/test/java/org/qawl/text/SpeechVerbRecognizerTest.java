package org.qawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qawl.ingest.Report;
import org.qawl.text.SpeechVerb.Agreement;
import org.qawl.text.SpeechVerb.VerbClass;
import org.qawl.text.SpeechVerb.VerbForm;

/** Speech verbs from the lexicon: lemma, form and subject agreement read off the word. */
class SpeechVerbRecognizerTest {
    private static final Pipeline VERBS = Pipeline.of(
            new TokenRecognizer(), new SpeechVerbRecognizer(SpeechVerbLexicon.load()));

    @Test
    void recognizesPastTenseWithAndWithoutConjunction() {
        String text = "قال الوزير إن الاجتماع مثمر، وقال نائبه إنه متفائل، فقالت المتحدثة إن البيان جاهز.";

        assertThat(verbs(text)).containsExactly(
                verb(text, "قال الوزير", "قال", "قال", VerbForm.FINITE, Agreement.MASCULINE, false),
                verb(text, "وقال نائبه", "وقال", "قال", VerbForm.FINITE, Agreement.MASCULINE, true),
                verb(text, "فقالت", "فقالت", "قال", VerbForm.FINITE, Agreement.FEMININE, true));
    }

    @Test
    void recognizesConjoinedVerbsWithHamza() {
        String text = "وأكدت الوزارة استمرار الدعم. وأضاف المصدر أن الأمر محسوم.";

        assertThat(verbs(text)).containsExactly(
                verb(text, "وأكدت", "وأكدت", "أكد", VerbForm.FINITE, Agreement.FEMININE, true),
                verb(text, "وأضاف", "وأضاف", "أضاف", VerbForm.FINITE, Agreement.MASCULINE, true));
    }

    @Test
    void recognizesPresentTenseWithItsAgreement() {
        String text = "يقول المزارعون إن الموسم جيد، وتقول الجمعية إن الأسعار مرتفعة، والتجار يقولون غير ذلك.";

        assertThat(verbs(text)).containsExactly(
                verb(text, "يقول", "يقول", "قال", VerbForm.FINITE, Agreement.MASCULINE, false),
                verb(text, "وتقول", "وتقول", "قال", VerbForm.FINITE, Agreement.FEMININE, true),
                verb(text, "يقولون", "يقولون", "قال", VerbForm.FINITE, Agreement.PLURAL, false));
    }

    @Test
    void readsPluralAgreementOffThePastTense() {
        String text = "قالوا إن القافلة وصلت.";

        assertThat(verbs(text)).containsExactly(
                verb(text, "قالوا", "قالوا", "قال", VerbForm.FINITE, Agreement.PLURAL, false));
    }

    @Test
    void recognizesCircumstantialParticiplesWithTanweenOrTaMarbuta() {
        String text = "ودعا إلى التهدئة مضيفاً أن الحوار ممكن، وتحدثت عن الخسائر مشيرة إلى ارتفاعها.";

        List<SpeechVerb> verbs = verbs(text);

        assertThat(verbs).contains(
                verb(text, "مضيفاً", "مضيفاً", "أضاف", VerbForm.PARTICIPLE, Agreement.MASCULINE, false),
                verb(text, "مشيرة", "مشيرة", "أشار", VerbForm.PARTICIPLE, Agreement.FEMININE, false));
    }

    @Test
    void recognizesVerbWrittenWithOrWithoutHamza() {
        String text = "أعلن الجيش وقف إطلاق النار، ثم اعلنت الحكومة الحداد.";

        assertThat(verbs(text)).containsExactly(
                verb(text, "أعلن", "أعلن", "أعلن", VerbForm.FINITE, Agreement.MASCULINE, false),
                verb(text, "اعلنت", "اعلنت", "أعلن", VerbForm.FINITE, Agreement.FEMININE, false));
    }

    @Test
    void recognizesAccordingToAsANoun() {
        String text = "وصلت الطائرة بحسب مصادر في المطار.";

        assertThat(verbs(text)).singleElement().satisfies(verb -> {
            assertThat(verb.span()).isEqualTo(span(text, "بحسب"));
            assertThat(verb.lemma()).isEqualTo("حسب");
            assertThat(verb.verbClass()).isEqualTo(VerbClass.ACCORDING);
            assertThat(verb.form()).isEqualTo(VerbForm.NOUN);
            assertThat(verb.conjoined()).isFalse();
        });
    }

    @Test
    void marksFiniteSpeechVerbsAsSpeech() {
        String text = "قال المتحدث إن الطريق مفتوح.";

        assertThat(verbs(text)).singleElement()
                .satisfies(verb -> assertThat(verb.verbClass()).isEqualTo(VerbClass.SPEECH));
    }

    @Test
    void doesNotMatchWordsThatMerelyContainASpeechVerb() {
        String text = "صنع العامل قالب الحلوى، ونشرت الصحيفة المقال ومقالات أخرى عن القائل المجهول.";

        assertThat(verbs(text)).extracting(v -> v.span().of(text)).doesNotContain(
                "قالب", "المقال", "ومقالات", "القائل");
        assertThat(verbs(text)).isEmpty();
    }

    @Test
    void doesNotTakeFahasbMeaningOnlyForAccordingTo() {
        String text = "لم يكتف الوفد بالزيارة فحسب، بل وقع اتفاقا أيضا.";

        assertThat(verbs(text)).isEmpty();
    }

    @Test
    void pointsSpansAtTheWordAsWrittenWithItsDiacritics() {
        String text = "وقالَتْ المديرةُ إنّ العمل مستمر.";

        assertThat(verbs(text)).containsExactly(
                verb(text, "وقالَتْ", "وقالَتْ", "قال", VerbForm.FINITE, Agreement.FEMININE, true));
    }

    private static List<SpeechVerb> verbs(String text) {
        return VERBS.analyse(Report.ofText("r", text)).of(MentionKind.SPEECH_VERB, SpeechVerb.class);
    }

    /** The verb {@code word} at the start of the first occurrence of {@code context}. */
    private static SpeechVerb verb(String text, String context, String word, String lemma,
            VerbForm form, Agreement agreement, boolean conjoined) {
        int start = text.indexOf(context);
        assertThat(start).as("\"%s\" in the text", context).isNotNegative();
        assertThat(context).startsWith(word);
        return new SpeechVerb(new Span(start, start + word.length()), lemma, VerbClass.SPEECH, form,
                agreement, conjoined);
    }

    private static Span span(String text, String part) {
        int start = text.indexOf(part);
        return new Span(start, start + part.length());
    }
}
