package org.qawl.build;

import java.util.List;

/** What a build did: counts, and every input it had to skip with the reason. */
public record BuildSummary(int files, int reports, long statements, long quads,
        List<String> skipped, long millis) {

    public boolean hasSkipped() {
        return !skipped.isEmpty();
    }
}
