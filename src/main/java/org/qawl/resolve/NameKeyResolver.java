package org.qawl.resolve;

import java.util.Locale;
import org.qawl.iri.Iris;
import org.qawl.text.ArabicText;
import org.qawl.vocab.Qawl;

/**
 * The first resolver: an actor is its normalized name (hamza, alef maqsura, ta marbuta,
 * diacritics and tatweel folded), so spellings that differ only in those resolve to
 * the same IRI across reports. Type is the generic qawl:Actor until a gazetteer says more.
 */
public final class NameKeyResolver implements ActorResolver {
    private final Iris iris;

    public NameKeyResolver(Iris iris) {
        this.iris = iris;
    }

    @Override
    public ResolvedActor resolve(String nameAsWritten) {
        String label = nameAsWritten.strip().replaceAll("\\s+", " ");
        return new ResolvedActor(iris.actor(key(label)), label, Qawl.Actor);
    }

    static String key(String name) {
        String normalized = ArabicText.normalize(name).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", "");
        return normalized.isEmpty() ? "unknown" : normalized;
    }
}
