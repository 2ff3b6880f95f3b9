package org.qawl.eval;

/** One row of a gold statements.jsonl (the shared gold format; see the gold README). */
public record GoldStatement(String id, String report, String speaker, String speakerText,
        String verb, String content, String mode, int start, int end, boolean headline,
        boolean borderline) {

    /** Core statements: neither borderline nor in a headline. */
    public boolean core() {
        return !headline && !borderline;
    }
}
