package org.qawl.resolve;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * One actor the gazetteer knows, or one it built from a body head and a country.
 *
 * @param key the slug after {@code actor/} in its IRI ({@code russia}, {@code reuters})
 * @param iri the actor IRI
 * @param type its qawl class ({@code qawl:Country}, {@code qawl:MediaOutlet} ...)
 * @param arabicLabel the canonical Arabic name (rdfs:label {@code @ar})
 * @param englishLabel the canonical English name (rdfs:label {@code @en})
 * @param country the country it belongs to (qawl:country), for cities, regions, bodies
 * @param memberOf the organizations or bodies it belongs to (qawl:memberOf): a country's
 *     alliances, the organization a secretariat or a force is part of
 * @param isNisba whether the words that found it were a nisba adjective ({@code الروسية})
 */
public record GazetteerEntry(String key, Node iri, Node type, String arabicLabel,
        String englishLabel, Optional<Node> country, List<Node> memberOf, boolean isNisba) {

    public GazetteerEntry {
        memberOf = List.copyOf(memberOf);
    }

    /** The same entry, marked as found through a nisba adjective. */
    GazetteerEntry asNisba() {
        return isNisba ? this : new GazetteerEntry(key, iri, type, arabicLabel, englishLabel,
                country, memberOf, true);
    }
}
