package org.qawl.eval;

import java.math.BigDecimal;
import java.util.List;

/** One gold event (events.jsonl): its type, the short verbatim texts that mention it, and its counts. */
public record GoldEvent(String id, String type, List<Mention> mentions, List<Count> counts) {
    public record Mention(String report, String text) {}

    /**
     * A number the gold gives about the event. The qualifier is as the gold writes it
     * ({@code more_than}, {@code about}, {@code total}, {@code within}, {@code no_more_than});
     * qualifier, source (a gold actor id) and report are empty where the gold has null: an exact
     * figure, one the report states in its own voice, one any report may give.
     */
    public record Count(BigDecimal value, String qualifier, String source, String report, String what) {}
}
