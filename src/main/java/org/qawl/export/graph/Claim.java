package org.qawl.export.graph;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;

/**
 * One qawl:Statement as the projections see it (a "claim": our Java name, so it does not clash
 * with Jena's Statement).
 *
 * @param iri the statement
 * @param speaker the speaker's actor IRI
 * @param report the report IRI, or null
 * @param content the content text ("" when absent)
 * @param verbs verb lemmas (the verb as written when there is no lemma)
 * @param date the statement's date, else its report's; null when neither is an ISO date
 * @param links resources the store links to the statement (qawl:about, qawl:addressee, actors
 *     with a qawl:Mention inside the content span), each with how it is linked
 */
record Claim(String iri, String speaker, String report, String content, List<String> verbs,
        LocalDate date, Map<String, Set<String>> links) {

    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

    /**
     * The day of a qawl:date value: an xsd:date, an xsd:dateTime, or a string that starts with
     * an ISO date; null for anything else (such dates stay in the store, not on the timeline).
     */
    static LocalDate day(Node value) {
        if (value == null || !value.isLiteral()) {
            return null;
        }
        String lexical = value.getLiteralLexicalForm().strip();
        if (!ISO_DATE.matcher(lexical).find()) {
            return null;
        }
        try {
            return LocalDate.parse(lexical.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
