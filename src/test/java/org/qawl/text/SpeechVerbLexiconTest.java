package org.qawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qawl.text.SpeechVerb.Agreement;
import org.qawl.text.SpeechVerb.VerbClass;
import org.qawl.text.SpeechVerb.VerbForm;
import org.qawl.text.SpeechVerbLexicon.Entry;
import org.qawl.text.SpeechVerbLexicon.Match;

/** The lexicon file: every listed form found by its lookup form, with what it says of its subject. */
class SpeechVerbLexiconTest {
    private static final SpeechVerbLexicon LEXICON = SpeechVerbLexicon.load();

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource({
            "قال, قال, FINITE, MASCULINE",
            "قالت, قال, FINITE, FEMININE",
            "قالا, قال, FINITE, MASCULINE",
            "قالتا, قال, FINITE, FEMININE",
            "قالوا, قال, FINITE, PLURAL",
            "قلن, قال, FINITE, PLURAL",
            "يقول, قال, FINITE, MASCULINE",
            "تقول, قال, FINITE, FEMININE",
            "يقولون, قال, FINITE, PLURAL",
            "يقلن, قال, FINITE, PLURAL",
            "قائلا, قال, PARTICIPLE, MASCULINE",
            "قائلة, قال, PARTICIPLE, FEMININE",
            "قائلين, قال, PARTICIPLE, PLURAL",
            "أضاف, أضاف, FINITE, MASCULINE",
            "مضيفاً, أضاف, PARTICIPLE, MASCULINE",
            "مشيرة, أشار, PARTICIPLE, FEMININE",
            "أعلن, أعلن, FINITE, MASCULINE",
            "اعلنت, أعلن, FINITE, FEMININE",
            "يعلنان, أعلن, FINITE, MASCULINE",
            "اتهم, اتهم, FINITE, MASCULINE",
            "اتهمت, اتهم, FINITE, FEMININE",
            "يتهم, اتهم, FINITE, MASCULINE",
            "تتهم, اتهم, FINITE, FEMININE",
            "رأى, رأى, FINITE, MASCULINE",
            "رأت, رأى, FINITE, FEMININE",
            "رأوا, رأى, FINITE, PLURAL",
            "دعت, دعا, FINITE, FEMININE",
            "نفى, نفى, FINITE, MASCULINE",
            "نفت, نفى, FINITE, FEMININE",
            "لفت, لفت, FINITE, MASCULINE",
            "لفتت, لفت, FINITE, FEMININE",
            "تلفت, لفت, FINITE, FEMININE",
            "توقع, توقع, FINITE, MASCULINE",
            "يتوقع, توقع, FINITE, MASCULINE",
            "تتوقع, توقع, FINITE, FEMININE",
            "تابعت, تابع, FINITE, FEMININE",
            "يدين, أدان, FINITE, MASCULINE",
            "تدين, أدان, FINITE, FEMININE",
            "قوله, قال, NOUN, MASCULINE",
            "قولها, قال, NOUN, FEMININE",
            "قولهم, قال, NOUN, PLURAL",
    })
    void readsLemmaFormAndAgreementOffTheInflection(String written, String lemma, VerbForm form,
            Agreement agreement) {
        Entry entry = LEXICON.lookup(ArabicText.normalize(written)).map(Match::entry).orElseThrow();

        assertThat(entry.lemma()).isEqualTo(lemma);
        assertThat(entry.form()).isEqualTo(form);
        assertThat(entry.agreement()).isEqualTo(agreement);
    }

    @Test
    void looksUpWordAfterStrippingConjunctionWawOrFa() {
        assertThat(LEXICON.lookup("وقال")).hasValueSatisfying(match -> {
            assertThat(match.entry().lemma()).isEqualTo("قال");
            assertThat(match.conjoined()).isTrue();
        });
        assertThat(LEXICON.lookup("فاكدت")).hasValueSatisfying(match -> {
            assertThat(match.entry().lemma()).isEqualTo("أكد");
            assertThat(match.conjoined()).isTrue();
        });
        assertThat(LEXICON.lookup("قال")).hasValueSatisfying(match -> assertThat(match.conjoined()).isFalse());
    }

    @Test
    void takesWawButNotFaBeforeAnAccordingNoun() {
        assertThat(LEXICON.lookup("وبحسب")).hasValueSatisfying(match -> {
            assertThat(match.entry().verbClass()).isEqualTo(VerbClass.ACCORDING);
            assertThat(match.conjoined()).isTrue();
        });
        assertThat(LEXICON.lookup("فحسب")).as("فحسب means 'only'").isEmpty();
    }

    @Test
    void findsNoWordsOutsideTheLexicon() {
        assertThat(LEXICON.lookup("قالب")).isEmpty();
        assertThat(LEXICON.lookup("المقال")).isEmpty();
        assertThat(LEXICON.lookup("و")).isEmpty();
        assertThat(LEXICON.lookup("")).isEmpty();
    }

    @Test
    void parsesCommentsBlankLinesAndPlaceholderColumns() throws Exception {
        String tsv = "# a test lexicon\n\nصرح\tspeech\tصرح صرحت\t-\nحسب\taccording\tبحسب\t-\n";

        SpeechVerbLexicon lexicon = SpeechVerbLexicon.parse(new BufferedReader(new StringReader(tsv)));

        assertThat(lexicon.lookup("صرحت")).map(Match::entry).contains(
                new Entry("صرح", VerbClass.SPEECH, VerbForm.FINITE, Agreement.FEMININE));
        assertThat(lexicon.lookup("بحسب")).map(Match::entry).contains(
                new Entry("حسب", VerbClass.ACCORDING, VerbForm.NOUN, Agreement.UNKNOWN));
        assertThat(lexicon.lookup("-")).isEmpty();
    }
}
