package org.qawl.event;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * What decides whether two accounts tell of the same event: its type (an event-type concept's
 * local name), where (stated in the text or, failing that, the country the report is about),
 * when, and who took part ({@code principals}: the persons and bodies that give events such as
 * meetings and calls their identity).
 */
public record EventFacts(String type, Optional<Node> place, boolean placeStated, Optional<LocalDate> date,
        Optional<LocalDate> endDate, Set<Node> principals) {

    /** Types whose events are told apart by who takes part rather than by place and time. */
    private static final Set<String> BY_PARTICIPANTS = Set.of("Meeting", "PhoneCall", "Visit", "Appointment",
            "Agreement");

    public boolean identifiedByParticipants() {
        return BY_PARTICIPANTS.contains(type);
    }

    /** The first and last day, when known; a single date is a one-day period. */
    Optional<LocalDate> last() {
        return endDate.or(() -> date);
    }
}
