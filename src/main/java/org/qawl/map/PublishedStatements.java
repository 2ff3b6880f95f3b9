package org.qawl.map;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.qawl.ingest.Report;
import org.qawl.text.Attribution;
import org.qawl.text.MentionKind;
import org.qawl.text.Mentions;

/**
 * The attributions a report publishes as qawl:Statements (those with a speaker) and their IRIs,
 * so every mapper that links to a statement names it the same way.
 */
final class PublishedStatements {
    private PublishedStatements() {}

    static List<Attribution> of(Mentions mentions) {
        return mentions.of(MentionKind.ATTRIBUTION, Attribution.class).stream()
                .filter(a -> a.speakerName().isPresent()).toList();
    }

    /** IRI of each published attribution: its content start, then an ordinal for a shared start. */
    static Map<Attribution, Node> iris(Report report, List<Attribution> published, MappingContext context) {
        Map<Attribution, Node> iris = new IdentityHashMap<>();
        Map<Integer, Integer> seenStarts = new HashMap<>();
        for (Attribution attribution : published) {
            int start = context.codePoints().offset(attribution.span().start());
            int ordinal = seenStarts.merge(start, 1, Integer::sum) - 1;
            iris.put(attribution, context.iris().statement(report.id(), start, ordinal));
        }
        return iris;
    }
}
