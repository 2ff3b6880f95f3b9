package org.qawl.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * One news report as ingested. {@code text} is the exact text every span refers to: for a .txt
 * file the whole file (title line included, a BOM dropped); for JSON the title, a newline and
 * the body. {@code titleLength} is the length of the title within {@code text}.
 */
public record Report(
        String id,
        String title,
        String text,
        Optional<String> date,
        Optional<String> source,
        Optional<String> url,
        String sourceFile) {

    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceFile, "sourceFile");
    }

    /** A report with only an id and a text whose first line is the title (for tests and tools). */
    public static Report ofText(String id, String text) {
        int newline = text.indexOf('\n');
        String title = newline < 0 ? text : text.substring(0, newline);
        return new Report(id, title.strip(), text, Optional.empty(), Optional.empty(),
                Optional.empty(), id);
    }

    /** UTF-16 index where the title line ends in {@code text}. */
    public int titleEnd() {
        int newline = text.indexOf('\n');
        return newline < 0 ? text.length() : newline;
    }
}
