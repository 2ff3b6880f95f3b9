package org.qawl.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qawl.ingest.Report;

/** Speech-act predicates from the lexicon, over the report's tokens. */
public final class SpeechVerbRecognizer implements Recognizer {
    private final SpeechVerbLexicon lexicon;

    public SpeechVerbRecognizer(SpeechVerbLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public MentionKind provides() {
        return MentionKind.SPEECH_VERB;
    }

    @Override
    public Set<MentionKind> needs() {
        return Set.of(MentionKind.TOKEN);
    }

    @Override
    public List<SpeechVerb> recognize(Report report, Mentions found) {
        List<SpeechVerb> verbs = new ArrayList<>();
        for (Token token : found.of(MentionKind.TOKEN, Token.class)) {
            Optional<SpeechVerbLexicon.Match> match = lexicon.lookup(token.normalized());
            if (match.isPresent()) {
                SpeechVerbLexicon.Entry entry = match.get().entry();
                verbs.add(new SpeechVerb(token.span(), entry.lemma(), entry.verbClass(),
                        entry.form(), entry.agreement(), match.get().conjoined()));
            }
        }
        return verbs;
    }
}
