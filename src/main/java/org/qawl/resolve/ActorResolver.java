package org.qawl.resolve;


/**
 * Turns the words that name an actor into one Actor IRI, the same in every report for the same
 * actor however it is spelled. Implementations are thread-safe.
 */
public interface ActorResolver {
    ResolvedActor resolve(String nameAsWritten);

    /**
     * A resolver for one report, which may remember the report's actors so that later short
     * mentions («الرئيس», a surname) resolve to the person named in full before. Not shared
     * between reports or threads.
     */
    /**
     * The actor a speaker or addressee phrase names. Differs from {@link #resolve} where a place
     * speaks for its government: «قالت واشنطن» → the United States.
     */
    default ResolvedActor resolveSpeaker(String nameAsWritten) {
        return resolve(nameAsWritten);
    }

    /** The actor a nisba adjective refers to («الروسية» → Russia), if known. */
    default java.util.Optional<ResolvedActor> resolveNisba(String adjectiveAsWritten) {
        return java.util.Optional.empty();
    }

    default ActorResolver forReport() {
        return this;
    }
}
