package org.qawl.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.qawl.ingest.Report;

/**
 * Recognizers in order. Built once, checked once: every recognizer's needs must be provided by
 * an earlier one. Stateless and thread-safe, so reports can be analysed in parallel.
 */
public final class Pipeline {
    private final List<Recognizer> recognizers;

    private Pipeline(List<Recognizer> recognizers) {
        this.recognizers = List.copyOf(recognizers);
    }

    public static Pipeline of(Recognizer... recognizers) {
        Set<MentionKind> provided = EnumSet.noneOf(MentionKind.class);
        for (Recognizer recognizer : recognizers) {
            for (MentionKind need : recognizer.needs()) {
                if (!provided.contains(need)) {
                    String name = recognizer.getClass().getSimpleName();
                    if (name.isEmpty()) { // anonymous class
                        name = recognizer.getClass().getName();
                    }
                    throw new IllegalArgumentException(
                            name + " needs " + need + ", which no earlier recognizer provides");
                }
            }
            provided.add(recognizer.provides());
        }
        return new Pipeline(List.of(recognizers));
    }

    /** The standard qawl pipeline, without a gazetteer (for tests of the text rules alone). */
    public static Pipeline standard() {
        return standard(NameLexicon.NONE);
    }

    /** The standard qawl pipeline; {@code names} are the words of known actors' names. */
    public static Pipeline standard(NameLexicon names) {
        return of(new SentenceRecognizer(), new TokenRecognizer(), new QuoteRecognizer(),
                new SpeechVerbRecognizer(SpeechVerbLexicon.load()),
                new AttributionRecognizer(AttributionWords.load(), names, MediumCues.load()),
                TimeRecognizer.load(), QuantityRecognizer.load());
    }

    /** This pipeline with one more recognizer at the end (its needs are checked). */
    public Pipeline then(Recognizer recognizer) {
        List<Recognizer> all = new ArrayList<>(recognizers);
        all.add(recognizer);
        return of(all.toArray(Recognizer[]::new));
    }

    public Mentions analyse(Report report) {
        Mentions mentions = Mentions.none();
        for (Recognizer recognizer : recognizers) {
            mentions = mentions.with(recognizer.provides(),
                    new ArrayList<>(recognizer.recognize(report, mentions)));
        }
        return mentions;
    }
}
