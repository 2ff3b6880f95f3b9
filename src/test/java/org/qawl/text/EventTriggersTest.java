package org.qawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qawl.ingest.Report;

/** The trigger lexicon: how words are folded and looked up, longest phrase first, «~» gaps. */
class EventTriggersTest {
    /** Sentences and words only: no names, so every trigger the lexicon knows is found. */
    private static final Pipeline PIPELINE = Pipeline.of(new SentenceRecognizer(), new TokenRecognizer(),
            new NoActors(), EventRecognizer.load());

    // --- fold: one key for every spelling of a word ---

    @Test
    void foldDropsConjunctionPrepositionAndArticle() {
        assertThat(EventTriggers.fold("وبالاحتجاجات")).isEqualTo("احتجاجات");
        assertThat(EventTriggers.fold("فالهجوم")).isEqualTo("هجوم");
        assertThat(EventTriggers.fold("للانتخابات")).isEqualTo("انتخابات");
        assertThat(EventTriggers.fold("كالعادة")).isEqualTo("عاده");
    }

    @Test
    void foldDropsTheAccusativeAlifOfIndefiniteNouns() {
        assertThat(EventTriggers.fold("هجوماً")).isEqualTo("هجوم");
        assertThat(EventTriggers.fold("اتفاقا")).isEqualTo("اتفاق");
        assertThat(EventTriggers.fold("اجتماعا")).isEqualTo(EventTriggers.fold("الاجتماع"));
        // three-letter nouns too: «فرضت حظرا على ارتفاعات الأسعار»
        assertThat(EventTriggers.fold("حظرا")).isEqualTo("حظر");
        assertThat(EventTriggers.fold("قصفاً")).isEqualTo("قصف");
    }

    @Test
    void foldMeetsHamzaAlefMaqsuraTaMarbutaAndDiacriticSpellings() {
        assertThat(EventTriggers.fold("إضراب")).isEqualTo(EventTriggers.fold("اضراب")).isEqualTo("اضراب");
        assertThat(EventTriggers.fold("أُصيبوا")).isEqualTo(EventTriggers.fold("اصيبوا"));
        assertThat(EventTriggers.fold("مظاهرة")).isEqualTo(EventTriggers.fold("مظاهره"));
        assertThat(EventTriggers.fold("التقى")).isEqualTo(EventTriggers.fold("التقي"));
        assertThat(EventTriggers.fold("الهُجُومُ")).isEqualTo("هجوم");
    }

    @Test
    void foldLeavesShortWordsWhoseFirstLetterIsTheirOwn() {
        assertThat(EventTriggers.fold("وفد")).isEqualTo("وفد");
        assertThat(EventTriggers.fold("بيان")).isEqualTo("بيان");
        assertThat(EventTriggers.fold("لقاء")).isEqualTo("لقاء");
    }

    // --- forms: a bare preposition or an attached pronoun on the first word ---

    @Test
    void looksUpAWordAlsoWithoutABarePreposition() {
        assertThat(EventTriggers.forms("بزيارة").plain()).containsExactly("بزياره", "زياره");
        assertThat(EventTriggers.forms("لهجوم").plain()).containsExactly("لهجوم", "هجوم");
        assertThat(EventTriggers.forms("هجوم").plain()).containsExactly("هجوم");
    }

    @Test
    void looksUpAWordThatStartsWithWawOrFaAlsoAfterAConjunction() {
        // fold takes one letter off: «ووصول» → «وصول», while the lexicon's «وصول» folds to «صول»
        assertThat(EventTriggers.forms("ووصول").plain()).contains(EventTriggers.fold("وصول"));
        assertThat(EventTriggers.forms("ووقفة").plain()).contains(EventTriggers.fold("وقفة"));
    }

    @Test
    void looksUpAWordAlsoWithoutAnAttachedPronounRestoringItsTaMarbuta() {
        assertThat(EventTriggers.forms("زيارته").withoutPronoun()).containsExactly("زياره");
        assertThat(EventTriggers.forms("اجتماعهم").withoutPronoun()).containsExactly("اجتماع");
        assertThat(EventTriggers.forms("بانسحابها").withoutPronoun()).containsExactly("بانسحاب", "انسحاب");
    }

    @Test
    void takesNoPronounOffATaMarbutaOrOffAShortStem() {
        assertThat(EventTriggers.forms("التقية").withoutPronoun()).isEmpty();
        // «وزارته» (his ministry) must not become «زارت» (she visited)
        assertThat(EventTriggers.forms("وزارته").withoutPronoun()).doesNotContain("زارت");
        assertThat(EventTriggers.forms("وزاره").withoutPronoun()).isEmpty();
    }

    // --- matching ---

    @Test
    void findsEveryInflectedSpellingOfATrigger() {
        String text = "وتجددت الاحتجاجات، وبالاحتجاجات تصاعد الغضب، وخرجت مظاهرة ومظاهرات أخرى.";

        assertThat(events(text)).containsExactly("الاحتجاجات: Protest", "وبالاحتجاجات: Protest",
                "مظاهرة: Protest", "ومظاهرات: Protest");
    }

    @Test
    void takesTheLongestPhraseStartingAtAWord() {
        String text = "وتواصلت أعمال الشغب رغم إعلان وقف إطلاق النار.";

        assertThat(events(text)).containsExactly("أعمال الشغب: Riot", "وقف إطلاق النار: Ceasefire");
    }

    @Test
    void aGapSkipsUpToThreeWords() {
        String text = "وشهدت الأسواق ارتفاعا كبيرا ومفاجئا في أسعار الخبز.";

        assertThat(events(text)).containsExactly("ارتفاعا كبيرا ومفاجئا في أسعار: PriceRise");
    }

    @Test
    void aGapSkipsNoMoreThanThreeWords() {
        String text = "وشهدت الأسواق ارتفاعا كبيرا ومفاجئا وحادا في أسعار الخبز.";

        assertThat(events(text)).isEmpty();
    }

    @Test
    void aGapDoesNotReachIntoTheNextSentence() {
        String text = "سجلت الأسواق ارتفاعا. وقالت الوزارة إن أسعار الخبز ثابتة.";

        assertThat(events(text)).isEmpty();
    }

    @Test
    void aPhraseDoesNotReachAcrossAComma() {
        String text = "وأعلن استقالة الوزير، وتولى رئاسة الحكومة نائبه.";

        // the government did not resign: the minister did, and his deputy took over
        assertThat(events(text)).containsExactly("وتولى رئاسة: Appointment");
    }

    private static List<String> events(String text) {
        return PIPELINE.analyse(Report.ofText("r", text)).of(MentionKind.EVENT, EventMention.class).stream()
                .map(e -> e.span().of(text) + ": " + e.kind()).toList();
    }

    /** No names known: an empty list of actor mentions. */
    static final class NoActors implements Recognizer {
        @Override
        public MentionKind provides() {
            return MentionKind.ACTOR;
        }

        @Override
        public Set<MentionKind> needs() {
            return Set.of();
        }

        @Override
        public List<ActorMention> recognize(Report report, Mentions found) {
            return List.of();
        }
    }
}
