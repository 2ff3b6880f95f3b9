package org.qawl.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qawl.ingest.Report;
import org.qawl.text.Attribution.Mode;
import org.qawl.text.SpeechVerb.VerbClass;
import org.qawl.text.SpeechVerb.VerbForm;

/**
 * Finds attributed statements from speech verbs, complementizers, colons and quotation marks.
 * Rules (their ids are published with every statement):
 * <ul>
 *   <li>{@code verb-complementizer}: «قال/أعلن/أكد + speaker + أن/إن ...» (speaker may be
 *       implicit: «وأضاف أن ...», «مضيفاً أن ...»);
 *   <li>{@code verb-colon}: «قال + speaker + : "..."» or colon speech without marks;
 *   <li>{@code quote-verb}: «"..."، قال + speaker» (attribution after the quotation);
 *   <li>{@code headline-colon}: a title «speaker: ...» with no verb.
 * </ul>
 */
public final class AttributionRecognizer implements Recognizer {
    private static final int MAX_SPEAKER_TOKENS = 10;

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
        List<Attribution> out = new ArrayList<>();
        Optional<Span> lastSpeaker = Optional.empty();
        for (Sentence sentence : found.of(MentionKind.SENTENCE, Sentence.class)) {
            List<Attribution> inSentence = recognizeSentence(view, sentence, report.titleEnd(),
                    lastSpeaker);
            for (Attribution attribution : inSentence) {
                out.add(attribution);
                if (attribution.speakerName().isPresent()) {
                    lastSpeaker = attribution.speakerName();
                }
            }
        }
        return out;
    }

    private List<Attribution> recognizeSentence(SentenceView view, Sentence sentence,
            int titleEnd, Optional<Span> lastSpeaker) {
        List<Attribution> out = new ArrayList<>();
        List<Token> tokens = view.tokensIn(sentence.span());
        boolean headline = sentence.span().end() <= titleEnd;
        List<Integer> triggers = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Optional<SpeechVerb> verb = view.verbAt(tokens.get(i));
            if (verb.isPresent() && opensStatement(verb.get())) {
                triggers.add(i);
            }
        }
        for (int t = 0; t < triggers.size(); t++) {
            int at = triggers.get(t);
            int nextTrigger = t + 1 < triggers.size()
                    ? tokens.get(triggers.get(t + 1)).span().start() : sentence.span().end();
            SpeechVerb verb = view.verbAt(tokens.get(at)).orElseThrow();
            Optional<Attribution> attribution = verbFirst(view, sentence, tokens, at, verb,
                    nextTrigger, headline, lastSpeaker).filter(a -> !a.span().isEmpty());
            if (attribution.isPresent()) {
                out.add(attribution.get());
                if (attribution.get().speakerName().isPresent()) {
                    lastSpeaker = attribution.get().speakerName();
                }
            }
        }
        if (out.isEmpty()) {
            quoteThenVerb(view, sentence, tokens, headline).ifPresent(out::add);
        }
        if (out.isEmpty() && headline) {
            headlineColon(view, sentence, tokens).ifPresent(out::add);
        }
        return out;
    }

    private static boolean opensStatement(SpeechVerb verb) {
        return verb.verbClass() == VerbClass.SPEECH || verb.verbClass() == VerbClass.DIRECTIVE;
    }

    /** «VERB speaker? (أن|إن|:|"...")» */
    private Optional<Attribution> verbFirst(SentenceView view, Sentence sentence, List<Token> tokens,
            int at, SpeechVerb verb, int limit, boolean headline, Optional<Span> lastSpeaker) {
        String text = view.text();
        int speakerFrom = at + 1;
        for (int i = speakerFrom; i < tokens.size() && i <= at + 1 + MAX_SPEAKER_TOKENS; i++) {
            Token token = tokens.get(i);
            if (token.span().start() >= limit) {
                return Optional.empty();
            }
            int gapStart = tokens.get(i - 1).span().end();
            Optional<Quote> quoteInGap = view.quoteStartingIn(gapStart, token.span().start());
            int colon = text.indexOf(':', gapStart);
            boolean colonInGap = colon >= 0 && colon < token.span().start();
            if (colonInGap || quoteInGap.isPresent()) {
                Optional<Span> speaker = speakerPhrase(tokens, speakerFrom, i, verb);
                Span content = quoteInGap.map(Quote::inner)
                        .orElseGet(() -> view.contentFrom(token.span().start(), limit));
                if (quoteInGap.isPresent() && !colonInGap && speaker.isEmpty()) {
                    return Optional.empty(); // «قال "..."» with no speaker: a quoted word, not speech
                }
                return Optional.of(build(view, content, speaker, lastSpeaker, verb, "verb-colon",
                        0.85, headline));
            }
            if (Words.isComplementizer(token.normalized())) {
                Optional<Span> speaker = speakerPhrase(tokens, speakerFrom, i, verb);
                Optional<Quote> quoted = view.quoteStartingIn(token.span().end(),
                        i + 1 < tokens.size() ? tokens.get(i + 1).span().start() : limit);
                Span content = quoted.filter(q -> q.span().end() >= view.trimEnd(limit) - 1)
                        .map(Quote::inner)
                        .orElseGet(() -> view.contentFrom(token.span().end(), limit));
                return Optional.of(build(view, content, speaker, lastSpeaker, verb,
                        "verb-complementizer", speaker.isPresent() ? 0.9 : 0.8, headline));
            }
            if (view.verbAt(token).isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The speaker phrase between the verb and the content, cut at the first adjunct word. */
    private static Optional<Span> speakerPhrase(List<Token> tokens, int from, int to,
            SpeechVerb verb) {
        if (verb.form() == VerbForm.PARTICIPLE) {
            return Optional.empty(); // a circumstantial participle has no subject of its own
        }
        int end = from;
        while (end < to && !Words.endsSpeaker(tokens.get(end).normalized())) {
            end++;
        }
        if (end == from) {
            return Optional.empty();
        }
        return Optional.of(new Span(tokens.get(from).span().start(), tokens.get(end - 1).span().end()));
    }

    /** «"..."، قال X» */
    private Optional<Attribution> quoteThenVerb(SentenceView view, Sentence sentence,
            List<Token> tokens, boolean headline) {
        for (Quote quote : view.quotesIn(sentence.span())) {
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.span().start() < quote.span().end()) {
                    continue;
                }
                Optional<SpeechVerb> verb = view.verbAt(token).filter(v -> v.form() == VerbForm.FINITE
                        && opensStatement(v));
                if (verb.isEmpty() || !view.onlyPunctuationBetween(quote.span().end(), token.span().start())) {
                    break;
                }
                Optional<Span> speaker = speakerPhrase(tokens, i + 1, tokens.size(), verb.get());
                if (speaker.isEmpty()) {
                    break;
                }
                return Optional.of(build(view, quote.inner(), speaker, Optional.empty(), verb.get(),
                        "quote-verb", 0.85, headline));
            }
        }
        return Optional.empty();
    }

    /** A title «speaker: words» with a short speaker phrase and no verb. */
    private Optional<Attribution> headlineColon(SentenceView view, Sentence sentence,
            List<Token> tokens) {
        String text = view.text();
        int colon = text.indexOf(':', sentence.span().start());
        if (colon < 0 || colon >= sentence.span().end() || tokens.isEmpty()) {
            return Optional.empty();
        }
        List<Token> before = tokens.stream().filter(t -> t.span().end() <= colon).toList();
        if (before.isEmpty() || before.size() > 4) {
            return Optional.empty();
        }
        Span speaker = new Span(before.get(0).span().start(), before.get(before.size() - 1).span().end());
        Span content = view.contentFrom(colon + 1, sentence.span().end());
        if (content.isEmpty()) {
            return Optional.empty();
        }
        Span inner = view.quoteStartingIn(colon + 1, content.start() + 1)
                .filter(q -> q.span().end() >= content.end())
                .map(Quote::inner).orElse(content);
        return Optional.of(new Attribution(inner, Optional.of(speaker), Optional.of(speaker),
                Optional.empty(), Mode.DIRECT, "headline-colon", 0.7, true));
    }

    private static Attribution build(SentenceView view, Span content, Optional<Span> speaker,
            Optional<Span> lastSpeaker, SpeechVerb verb, String rule, double confidence,
            boolean headline) {
        Mode mode = view.modeOf(content);
        Optional<Span> named = speaker.isPresent() ? speaker : lastSpeaker;
        return new Attribution(content, speaker, named, Optional.of(verb), mode, rule,
                speaker.isPresent() ? confidence : confidence - 0.1, headline);
    }
}
