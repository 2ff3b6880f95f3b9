package org.qawl.resolve;

import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * An actor IRI with the label and class to publish for it; {@code role} is the title it was
 * named with («وزير الخارجية»), empty when none; {@code memberOf} the body, organization or
 * country it belongs to (qawl:memberOf: a minister's ministry, an organization's secretariat's
 * organization); {@code country} the country of a body built from a head and a country
 * (qawl:country), empty for gazetteer entries, whose country the actors graph already gives.
 */
public record ResolvedActor(Node iri, String arabicLabel, Node type, String role,
        Optional<ResolvedActor> memberOf, Optional<Node> country) {
    public ResolvedActor(Node iri, String arabicLabel, Node type) {
        this(iri, arabicLabel, type, "");
    }

    public ResolvedActor(Node iri, String arabicLabel, Node type, String role) {
        this(iri, arabicLabel, type, role, Optional.empty(), Optional.empty());
    }

    /** The same actor with another role and the group that role makes it a member of. */
    ResolvedActor withRole(String newRole, Optional<ResolvedActor> group) {
        return new ResolvedActor(iri, arabicLabel, type, newRole, group, country);
    }

    /** Whether the actor is a person known by name (not a title alone, «وزير الخارجية الروسي»). */
    public boolean isNamedPerson() {
        return iri.getURI().contains("/actor/person_");
    }
}
