package org.qawl.text;

/**
 * Converts UTF-16 indices of one text to code-point offsets, the unit SPARQL's SUBSTR counts.
 * Built once per report; texts without supplementary characters convert in constant time.
 */
public final class CodePoints {
    private final String text;
    private final boolean allBmp;

    public CodePoints(String text) {
        this.text = text;
        this.allBmp = text.codePointCount(0, text.length()) == text.length();
    }

    public int offset(int utf16Index) {
        return allBmp ? utf16Index : text.codePointCount(0, utf16Index);
    }
}
