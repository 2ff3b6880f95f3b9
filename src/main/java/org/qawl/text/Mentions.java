package org.qawl.text;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The mentions found so far in one report, by kind. Immutable: {@link #with} returns a copy. */
public final class Mentions {
    private final Map<MentionKind, List<? extends Mention>> byKind;

    private Mentions(Map<MentionKind, List<? extends Mention>> byKind) {
        this.byKind = byKind;
    }

    public static Mentions none() {
        return new Mentions(new EnumMap<>(MentionKind.class));
    }

    public Mentions with(MentionKind kind, List<? extends Mention> mentions) {
        Map<MentionKind, List<? extends Mention>> copy = new EnumMap<>(MentionKind.class);
        copy.putAll(byKind);
        copy.put(kind, List.copyOf(mentions));
        return new Mentions(copy);
    }

    public boolean has(MentionKind kind) {
        return byKind.containsKey(kind);
    }

    /** The mentions of one kind, in the order the recognizer gave them (text order). */
    @SuppressWarnings("unchecked")
    public <T extends Mention> List<T> of(MentionKind kind, Class<T> type) {
        List<? extends Mention> found = byKind.get(kind);
        if (found == null) {
            throw new IllegalStateException("no " + kind + " mentions: recognizer not run");
        }
        // recognizers declare what they provide; a wrong type fails at first use, so the list is
        // not walked here (this runs many times per report)
        return (List<T>) found;
    }
}
