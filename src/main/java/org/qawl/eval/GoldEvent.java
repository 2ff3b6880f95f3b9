package org.qawl.eval;

import java.util.List;

/** One gold event (events.jsonl): its type and the short verbatim texts that mention it. */
public record GoldEvent(String id, String type, List<Mention> mentions) {
    public record Mention(String report, String text) {}
}
