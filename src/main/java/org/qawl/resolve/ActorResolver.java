package org.qawl.resolve;

import java.util.Optional;

/**
 * Turns the words that name an actor into one Actor IRI, the same in every report for the same
 * actor however it is spelled. Implementations are thread-safe, except the per-report resolver
 * {@link #forReport()} gives.
 */
public interface ActorResolver {
    ResolvedActor resolve(String nameAsWritten);

    /**
     * The actor a speaker or addressee phrase names. Differs from {@link #resolve} where a place
     * speaks for its government: «قالت واشنطن» → the United States.
     */
    default ResolvedActor resolveSpeaker(String nameAsWritten) {
        return resolve(nameAsWritten);
    }

    /** The actor a nisba adjective refers to («الروسية» → Russia), if known. */
    default Optional<ResolvedActor> resolveNisba(String adjectiveAsWritten) {
        return Optional.empty();
    }

    /**
     * The person a title alone names («الرئيس»، «رئيس كازاخستان»), only when the report makes it
     * unambiguous: one person of the report holds that role. Empty otherwise: a title is no name.
     */
    default Optional<ResolvedActor> resolveRole(String titleAsWritten) {
        ResolvedActor actor = resolve(titleAsWritten);
        return actor.isNamedPerson() ? Optional.of(actor) : Optional.empty();
    }

    /**
     * The person a name with no title names («زاهر موسى الربعي», found as a speaker): a known
     * actor if the name is one, else a person by that name.
     */
    default ResolvedActor resolvePerson(String nameAsWritten) {
        return resolve(nameAsWritten);
    }

    /**
     * The body a head noun alone names («الحكومة»، «الأمانة العامة»): the body of the owner the
     * report makes clear (its country, the organization it names most). Empty when none does.
     */
    default Optional<ResolvedActor> resolveHead(String headAsWritten) {
        return Optional.of(resolve(headAsWritten));
    }

    /**
     * Counts a name the report uses before resolution starts, so that the report's country and
     * organizations are known from the whole text («وزارة الداخلية» in the first line of a report
     * on Kazakhstan). Does nothing by default.
     */
    default void notice(String nameAsWritten, boolean nisba) {}

    /**
     * A resolver for one report, which may remember the report's actors so that later short
     * mentions («الرئيس», a surname) resolve to the person named in full before. Not shared
     * between reports or threads.
     */
    default ActorResolver forReport() {
        return this;
    }
}
