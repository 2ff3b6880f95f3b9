package org.qawl.event;

/**
 * The merge rule: two accounts tell of one event when the type is the same, the places agree,
 * the times overlap (or one is unknown) and, for events known by their parties (meetings, calls,
 * visits, appointments, agreements), the parties one names are all among the other's: a report
 * may name fewer sides of a call, but a call of A with B is no call of A with C, however much A
 * is in the news. Unknown values never block a merge;
 * stated values that differ always do, so conflicting figures stay on separate accounts.
 */
public final class SameEvent {
    private SameEvent() {}

    public static boolean compatible(EventFacts a, EventFacts b) {
        if (!a.type().equals(b.type())) {
            return false;
        }
        if (a.place().isPresent() && b.place().isPresent() && !a.place().equals(b.place())) {
            return false;
        }
        if (!timesOverlap(a, b)) {
            return false;
        }
        if (a.identifiedByParticipants()) {
            return a.principals().isEmpty() || b.principals().isEmpty()
                    || a.principals().containsAll(b.principals()) || b.principals().containsAll(a.principals());
        }
        return true;
    }

    private static boolean timesOverlap(EventFacts a, EventFacts b) {
        if (a.date().isEmpty() || b.date().isEmpty()) {
            return true;
        }
        return !a.date().get().isAfter(b.last().get()) && !b.date().get().isAfter(a.last().get());
    }
}
