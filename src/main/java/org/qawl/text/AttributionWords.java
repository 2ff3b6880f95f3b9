package org.qawl.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes of {@code qawl/lexicon/attribution-words.txt}, in lookup form
 * ({@link ArabicText#normalize}). Immutable once loaded.
 */
public final class AttributionWords {
    static final String RESOURCE = "/qawl/lexicon/attribution-words.txt";

    private final Map<String, Set<String>> sections;

    private AttributionWords(Map<String, Set<String>> sections) {
        this.sections = sections;
    }

    public static AttributionWords load() {
        Map<String, Set<String>> sections = new HashMap<>();
        LexiconFile.sections(RESOURCE).forEach((name, entries) -> {
            Set<String> words = new HashSet<>();
            entries.forEach(entry -> words.add(ArabicText.normalize(entry)));
            sections.put(name, Set.copyOf(words));
        });
        return new AttributionWords(Map.copyOf(sections));
    }

    private boolean in(String section, String normalized) {
        return sections.getOrDefault(section, Set.of()).contains(normalized);
    }

    boolean isComplementizer(String normalized) {
        return in("complementizer", normalized);
    }

    boolean endsSpeaker(String normalized) {
        return in("speaker-stop", normalized) || isComplementizer(normalized)
                || (normalized.length() >= 3 && (normalized.charAt(0) == 'و' || normalized.charAt(0) == 'ف')
                        && in("speaker-stop", normalized.substring(1)));
    }

    boolean isTimeAdjunct(String normalized) {
        return in("time", normalized);
    }

    boolean isRelative(String normalized) {
        return in("relative", normalized);
    }

    boolean isCopula(String normalized) {
        return in("copula", normalized);
    }

    boolean isNaming(String normalized) {
        return in("naming", normalized);
    }

    boolean isImpersonal(String normalized) {
        return in("impersonal", normalized);
    }

    boolean isTitleHead(String normalized) {
        return in("title-head", normalized);
    }

    boolean isAddresseeHead(String normalized) {
        return in("addressee-head", normalized);
    }

    boolean isDocument(String normalized) {
        return in("document", normalized) || in("document", withoutConjunction(normalized));
    }

    /** A noun that begins a speaker phrase (a role, a body, a document, a source). */
    boolean isSpeakerHead(String normalized) {
        return in("speaker-head", normalized) || in("speaker-head", withoutConjunction(normalized));
    }

    static String withoutConjunction(String normalized) {
        return normalized.length() > 3 && (normalized.charAt(0) == 'و' || normalized.charAt(0) == 'ف')
                ? normalized.substring(1) : normalized;
    }
}
