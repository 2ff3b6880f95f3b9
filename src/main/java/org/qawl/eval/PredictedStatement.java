package org.qawl.eval;

/** A statement as the store has it, reduced to what scoring compares. */
public record PredictedStatement(String iri, String report, String speakerLabel,
        String speakerText, String verb, String content, String mode, int start, int end,
        boolean headline) {}
