package org.qawl.text;

import java.util.List;
import java.util.Set;
import org.qawl.ingest.Report;

/**
 * One analysis step: finds mentions of one kind in a report's text, using what earlier steps
 * found. Implementations are stateless and thread-safe: the same input gives the same output.
 */
public interface Recognizer {
    MentionKind provides();

    Set<MentionKind> needs();

    List<? extends Mention> recognize(Report report, Mentions found);
}
