package org.qawl.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qawl.text.SpeechVerb.Agreement;

/**
 * The speakers named so far in one report, for statements whose speaker is implicit («وأضاف»،
 * «مشيرة»): the closest earlier speaker whose agreement (gender, number) fits the verb, else the
 * closest one. One instance per report; not shared.
 */
final class ImplicitSpeakers {
    private record Named(Span phrase, Agreement agreement) {}

    private final List<Named> named = new ArrayList<>();

    void add(Span phrase, Agreement agreement) {
        named.add(new Named(phrase, agreement));
    }

    Optional<Span> antecedent(Agreement agreement) {
        for (int i = named.size() - 1; i >= 0; i--) {
            Named candidate = named.get(i);
            if (compatible(candidate.agreement(), agreement)) {
                return Optional.of(candidate.phrase());
            }
        }
        return named.isEmpty() ? Optional.empty() : Optional.of(named.get(named.size() - 1).phrase());
    }

    /** The agreement recorded for the phrase most recently added as {@code phrase}. */
    Agreement agreementOf(Span phrase) {
        for (int i = named.size() - 1; i >= 0; i--) {
            if (named.get(i).phrase().equals(phrase)) {
                return named.get(i).agreement();
            }
        }
        return Agreement.UNKNOWN;
    }

    private static boolean compatible(Agreement known, Agreement wanted) {
        return known == Agreement.UNKNOWN || wanted == Agreement.UNKNOWN || known == wanted;
    }
}
