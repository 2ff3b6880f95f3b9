package org.qawl.map;

import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.qawl.ingest.Report;
import org.qawl.text.Attribution;
import org.qawl.text.MentionKind;
import org.qawl.text.Mentions;
import org.qawl.text.Span;

/**
 * The statements a report publishes, with their IRIs: its attributions that have a speaker, in
 * text order. An IRI is the report and the code-point start of the content; a second statement
 * with the same start gets «-2», and so on. StatementMapper publishes them; other mappers point
 * at them with the same IRIs.
 */
final class PublishedStatements {
    private final List<Attribution> attributions;
    private final Map<Attribution, Node> iris;

    private PublishedStatements(List<Attribution> attributions, Map<Attribution, Node> iris) {
        this.attributions = attributions;
        this.iris = iris;
    }

    /** A report's published statements, worked out by the first mapper that asks and shared by the others. */
    static final class Memo {
        private PublishedStatements statements;
    }

    /** The statements {@code report} publishes; {@code mentions} are the report's, as for every mapper of its context. */
    static PublishedStatements of(Report report, Mentions mentions, MappingContext context) {
        Memo memo = context.statements();
        if (memo.statements == null) {
            memo.statements = compute(report, mentions, context);
        }
        return memo.statements;
    }

    private static PublishedStatements compute(Report report, Mentions mentions, MappingContext context) {
        if (!mentions.has(MentionKind.ATTRIBUTION)) {
            return new PublishedStatements(List.of(), Map.of());
        }
        List<Attribution> published = mentions.of(MentionKind.ATTRIBUTION, Attribution.class).stream()
                .filter(a -> a.speakerName().isPresent()).toList();
        Map<Attribution, Node> iris = new IdentityHashMap<>();
        Map<Integer, Integer> seenStarts = new HashMap<>();
        for (Attribution attribution : published) {
            int start = context.codePoints().offset(attribution.span().start());
            int ordinal = seenStarts.merge(start, 1, Integer::sum) - 1;
            iris.put(attribution, context.iris().statement(report.id(), start, ordinal));
        }
        return new PublishedStatements(published, iris);
    }

    List<Attribution> attributions() {
        return attributions;
    }

    Node iri(Attribution attribution) {
        return iris.get(attribution);
    }

    /** The innermost published statement whose content holds {@code span}. */
    Optional<Attribution> containing(Span span) {
        return attributions.stream().filter(a -> a.span().contains(span))
                .min(Comparator.comparingInt(a -> a.span().length()));
    }
}
