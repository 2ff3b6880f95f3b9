package org.qawl.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qawl.ingest.Report;

/** The pipeline checks, once, that every recognizer runs after what it needs. */
class PipelineTest {
    private static final SpeechVerbLexicon LEXICON = SpeechVerbLexicon.load();

    @Test
    void refusesRecognizerWhoseNeedsNoEarlierOneProvides() {
        assertThatThrownBy(() -> Pipeline.of(new SpeechVerbRecognizer(LEXICON)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SpeechVerbRecognizer needs TOKEN, which no earlier recognizer provides");
    }

    @Test
    void refusesRecognizerPlacedBeforeTheOneItNeeds() {
        assertThatThrownBy(() -> Pipeline.of(new SentenceRecognizer(),
                new SpeechVerbRecognizer(LEXICON), new TokenRecognizer()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SpeechVerbRecognizer")
                .hasMessageContaining("TOKEN");
    }

    @Test
    void namesEvenAnAnonymousRecognizer() {
        Recognizer anonymous = new Recognizer() {
            @Override
            public MentionKind provides() {
                return MentionKind.ATTRIBUTION;
            }

            @Override
            public Set<MentionKind> needs() {
                return Set.of(MentionKind.QUOTE);
            }

            @Override
            public List<? extends Mention> recognize(Report report, Mentions found) {
                return List.of();
            }
        };

        assertThatThrownBy(() -> Pipeline.of(new TokenRecognizer(), anonymous))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(PipelineTest.class.getName())
                .hasMessageEndingWith(" needs QUOTE, which no earlier recognizer provides");
    }

    @Test
    void acceptsRecognizersInTheOrderTheirNeedsAsk() {
        assertThatCode(() -> Pipeline.of(new TokenRecognizer(), new SpeechVerbRecognizer(LEXICON)))
                .doesNotThrowAnyException();
    }

    @Test
    void buildsTheStandardPipelineInAValidOrder() {
        assertThatCode(Pipeline::standard).doesNotThrowAnyException();
    }

    @Test
    void givesEveryRecognizerWhatEarlierOnesFound() {
        String text = "وزير الصحة يحذر\nقال الوزير: «الوباء لم ينته».";
        Pipeline pipeline = Pipeline.of(new SentenceRecognizer(), new TokenRecognizer(),
                new QuoteRecognizer(), new SpeechVerbRecognizer(LEXICON));

        Mentions found = pipeline.analyse(Report.ofText("r", text));

        assertThat(found.of(MentionKind.SENTENCE, Sentence.class)).hasSize(2);
        assertThat(found.of(MentionKind.QUOTE, Quote.class)).extracting(q -> q.inner().of(text))
                .containsExactly("الوباء لم ينته");
        assertThat(found.of(MentionKind.SPEECH_VERB, SpeechVerb.class)).extracting(v -> v.span().of(text))
                .containsExactly("يحذر", "قال");
        assertThat(found.has(MentionKind.ATTRIBUTION)).isFalse();
    }
}
