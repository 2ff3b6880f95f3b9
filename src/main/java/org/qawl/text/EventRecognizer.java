package org.qawl.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qawl.ingest.Report;

/**
 * Finds the words that name events («الاحتجاجات»، «حالة الطوارئ»، «أرسلت … قوات») with the
 * trigger lexicon, sentence by sentence, longest phrase first; a phrase the lexicon lists as
 * naming no event («علم الاجتماع») takes its words, so no shorter trigger inside it counts.
 * Words that belong to an actor's name after its first word («لجنة التحقيق») are not triggers;
 * a phrase stays within its clause (no comma, semicolon, colon or bracket inside it). Stateless.
 */
public final class EventRecognizer implements Recognizer {
    /** Punctuation that ends a clause: no phrase reaches across it. */
    private static final String CLAUSE_BREAKS = "،,؛;:()";

    private final EventTriggers triggers;

    public EventRecognizer(EventTriggers triggers) {
        this.triggers = triggers;
    }

    public static EventRecognizer load() {
        return new EventRecognizer(EventTriggers.load());
    }

    @Override
    public MentionKind provides() {
        return MentionKind.EVENT;
    }

    @Override
    public Set<MentionKind> needs() {
        return Set.of(MentionKind.SENTENCE, MentionKind.TOKEN, MentionKind.ACTOR);
    }

    @Override
    public List<EventMention> recognize(Report report, Mentions found) {
        List<Token> tokens = found.of(MentionKind.TOKEN, Token.class);
        String text = report.text();
        List<String> words = new ArrayList<>(tokens.size());
        tokens.forEach(t -> words.add(EventTriggers.fold(t.span().of(text))));
        List<ActorMention> actors = found.of(MentionKind.ACTOR, ActorMention.class);
        List<EventMention> out = new ArrayList<>();
        int t = 0;
        for (Sentence sentence : found.of(MentionKind.SENTENCE, Sentence.class)) {
            while (t < tokens.size() && tokens.get(t).span().start() < sentence.span().start()) {
                t++;
            }
            int limit = t;
            while (limit < tokens.size() && tokens.get(limit).span().end() <= sentence.span().end()) {
                limit++;
            }
            int[] clauseEnd = clauseEnds(text, tokens, t, limit);
            for (int i = t; i < limit; i++) {
                EventTriggers.Match match = triggers.at(EventTriggers.forms(tokens.get(i).span().of(text)), words, i,
                        clauseEnd[i - t]);
                if (match == null) {
                    continue;
                }
                if (!match.phrase().namesEvent()) {
                    // «علم الاجتماع»، «مواجهات ودية»: the words are taken, no event is named
                    i = match.to() - 1;
                    continue;
                }
                Span span = new Span(tokens.get(match.from()).span().start(), tokens.get(match.to() - 1).span().end());
                if (insideName(span, actors)) {
                    continue;
                }
                out.add(new EventMention(span, match.phrase().type(), match.phrase().subtype()));
                i = match.to() - 1;
            }
            t = limit;
        }
        return out;
    }

    /**
     * For each token of {@code [from, limit)}, the index of the first token after it that a
     * comma, semicolon, colon or bracket separates from it: a phrase never reaches across one
     * («استقالة الوزير، وتولى رئاسة الحكومة نائبه» is no resignation of the government).
     */
    private static int[] clauseEnds(String text, List<Token> tokens, int from, int limit) {
        int[] ends = new int[limit - from];
        int end = limit;
        for (int i = limit - 1; i >= from; i--) {
            ends[i - from] = end;
            if (i > from && breaksClause(text, tokens.get(i - 1).span().end(), tokens.get(i).span().start())) {
                end = i;
            }
        }
        return ends;
    }

    private static boolean breaksClause(String text, int from, int to) {
        for (int c = from; c < to; c++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(c)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideName(Span span, List<ActorMention> actors) {
        for (ActorMention actor : actors) {
            // a name that starts with the trigger («قوات حفظ السلام») still names the event
            if (actor.kind() != ActorMention.Kind.NISBA && actor.span().start() < span.start()
                    && actor.span().contains(span.start())) {
                return true;
            }
        }
        return false;
    }
}
