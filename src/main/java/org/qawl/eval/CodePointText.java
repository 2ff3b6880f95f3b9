package org.qawl.eval;

/** Substrings by code-point offsets, the unit qawl publishes spans in. */
final class CodePointText {
    private CodePointText() {}

    static String substring(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, Math.min(start, text.codePointCount(0, text.length())));
        int to = text.offsetByCodePoints(0, Math.min(end, text.codePointCount(0, text.length())));
        return text.substring(from, to);
    }
}
