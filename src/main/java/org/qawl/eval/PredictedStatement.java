package org.qawl.eval;

import java.util.List;

/**
 * A statement as the store has it, reduced to what scoring compares. {@code speakerNames} are
 * the other names of the resolved speaker (skos:altLabel), tried when the label names no gold
 * actor.
 */
public record PredictedStatement(String iri, String report, String speakerLabel,
        String speakerText, String verb, String content, String mode, int start, int end,
        boolean headline, List<String> speakerNames) {

    public PredictedStatement(String iri, String report, String speakerLabel, String speakerText,
            String verb, String content, String mode, int start, int end, boolean headline) {
        this(iri, report, speakerLabel, speakerText, verb, content, mode, start, end, headline, List.of());
    }
}
