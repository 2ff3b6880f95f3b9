package org.qawl.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qawl.ingest.Report;
import org.qawl.text.SpeechVerb.Agreement;

/**
 * Finds attributed statements («who said what») sentence by sentence with the rules of
 * {@link StatementRules}, then gives every statement with an implicit speaker («وأضاف»،
 * «مشيرة») the closest earlier speaker that agrees with its verb. Stateless: the per-report
 * state lives in locals.
 */
public final class AttributionRecognizer implements Recognizer {
    private final AttributionWords words;
    private final NameLexicon names;
    private final MediumCues media;

    public AttributionRecognizer(AttributionWords words, NameLexicon names, MediumCues media) {
        this.words = words;
        this.names = names;
        this.media = media;
    }

    @Override
    public MentionKind provides() {
        return MentionKind.ATTRIBUTION;
    }

    @Override
    public Set<MentionKind> needs() {
        return Set.of(MentionKind.SENTENCE, MentionKind.TOKEN, MentionKind.QUOTE,
                MentionKind.SPEECH_VERB);
    }

    @Override
    public List<Attribution> recognize(Report report, Mentions found) {
        SentenceView view = new SentenceView(report.text(),
                found.of(MentionKind.TOKEN, Token.class),
                found.of(MentionKind.QUOTE, Quote.class),
                found.of(MentionKind.SPEECH_VERB, SpeechVerb.class));
        KnownNames names = new KnownNames(words, this.names);
        ImplicitSpeakers speakers = new ImplicitSpeakers();
        List<Attribution> out = new ArrayList<>();
        Optional<Span> lastIssuer = Optional.empty();
        for (Sentence sentence : found.of(MentionKind.SENTENCE, Sentence.class)) {
            boolean headline = sentence.span().end() <= report.titleEnd();
            StatementRules rules = new StatementRules(view, words, names, sentence, headline);
            for (StatementRules.Draft draft : rules.drafts()) {
                if (draft.content().isEmpty()) {
                    continue; // nothing was said between the marks: not a statement
                }
                Optional<Span> speakerName = draft.speaker();
                Agreement agreement = draft.agreement();
                if (speakerName.isPresent() && isDocument(view, speakerName.get())) {
                    Optional<Span> issuer = issuerOf(view, speakerName.get());
                    if (issuer.isPresent()) {
                        lastIssuer = issuer;
                    }
                    speakerName = lastIssuer.isPresent() ? lastIssuer
                            : speakers.antecedent(Agreement.UNKNOWN);
                }
                if (speakerName.isPresent()) {
                    names.addPhrase(view.tokensIn(speakerName.get()));
                    speakers.add(speakerName.get(), agreement);
                } else {
                    speakerName = speakers.antecedent(agreement);
                    // the continuation keeps the antecedent's known agreement for later ones
                    speakerName.ifPresent(s -> speakers.add(s, speakers.agreementOf(s)));
                }
                Optional<String> medium = mediumOf(view, sentence, draft);
                if (medium.isEmpty() && draft.speaker().isEmpty() && !out.isEmpty()
                        && out.get(out.size() - 1).speakerName().equals(speakerName)) {
                    medium = out.get(out.size() - 1).medium(); // the same speech goes on
                }
                out.add(new Attribution(draft.content(), draft.speaker(), speakerName,
                        draft.verb(), view.modeOf(draft.content()).combine(draft.colonSpeech()),
                        draft.rule(), draft.speaker().isPresent() ? draft.confidence()
                                : draft.confidence() - 0.1, headline, draft.addressee(), medium));
            }
        }
        return out;
    }

    /** A medium named between the sentence start and the content («في بيان»، «في مؤتمر صحفي»). */
    private Optional<String> mediumOf(SentenceView view, Sentence sentence, StatementRules.Draft draft) {
        int from = Math.min(sentence.span().start(), draft.window().start());
        int to = Math.max(from, Math.min(draft.window().end(), draft.content().start()));
        return media.find(view.tokensIn(new Span(from, to)));
    }

    private boolean isDocument(SentenceView view, Span speaker) {
        List<Token> tokens = view.tokensIn(speaker);
        return !tokens.isEmpty() && words.isDocument(tokens.get(0).normalized());
    }

    /**
     * The issuer named with a document: «بيان لوزارة الخارجية» → «وزارة الخارجية», «بيان صادر عن
     * الرئاسة» → «الرئاسة»; empty for a bare «البيان». A ل- prefix is left out of the span.
     */
    private static Optional<Span> issuerOf(SentenceView view, Span speaker) {
        List<Token> tokens = view.tokensIn(speaker);
        int from = 1;
        while (from < tokens.size() && ISSUER_LINKS.contains(tokens.get(from).normalized())) {
            from++;
        }
        if (from >= tokens.size()) {
            return Optional.empty();
        }
        Token first = tokens.get(from);
        int start = first.span().start();
        String word = first.normalized();
        // «لوزارة» → «وزارة»; «للجيش» stays whole (ل + الجيش cannot be cut to a span)
        if (word.startsWith("ل") && !word.startsWith("لل") && word.length() > 3) {
            start += view.text().charAt(start) == 'ل' ? 1 : 0;
        }
        return Optional.of(new Span(start, tokens.get(tokens.size() - 1).span().end()));
    }

    private static final Set<String> ISSUER_LINKS = Set.of("صادر", "الصادر", "عن", "من", "اصدرته",
            "نشرته", "وزعته");
}
