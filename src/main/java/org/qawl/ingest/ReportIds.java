package org.qawl.ingest;

import java.util.regex.Pattern;

/** Report ids become IRI path segments and graph names, so they are kept to a safe alphabet. */
public final class ReportIds {
    static final String RULE = "must be 1-200 letters, digits, '.', '_' or '-'";
    private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}._-]{1,200}");

    private ReportIds() {}

    public static boolean isValid(String id) {
        return SAFE.matcher(id).matches() && !id.equals(".") && !id.equals("..");
    }
}
