package org.qawl.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qawl.ingest.Report;

/**
 * Finds the words that name events («الاحتجاجات»، «حالة الطوارئ»، «أرسلت … قوات») with the
 * trigger lexicon, sentence by sentence, longest phrase first. Words that belong to an actor's
 * name after its first word («لجنة التحقيق») are not triggers. Stateless.
 */
public final class EventRecognizer implements Recognizer {
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
        List<String> words = new ArrayList<>(tokens.size());
        tokens.forEach(t -> words.add(EventTriggers.fold(t.span().of(report.text()))));
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
            for (int i = t; i < limit; i++) {
                EventTriggers.Match match = triggers.at(words, i, limit);
                if (match == null) {
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
