package org.qawl.resolve;


/**
 * Turns the words that name an actor into one Actor IRI, the same in every report for the same
 * actor however it is spelled. Implementations are thread-safe.
 */
public interface ActorResolver {
    ResolvedActor resolve(String nameAsWritten);
}
