package org.qawl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a query by file path or by name: {@code queries/NAME.rq} in the working folder, then
 * the copy of queries/ shipped in the jar; or takes the argument as the query itself when it
 * is SPARQL text, as Jena's {@code sparql} tool does.
 */
final class CannedQueries {
    /** The queries of queries/, for help and error messages (CannedQueriesTest keeps it in step with the folder). */
    static final List<String> NAMES = List.of("who-said-what", "statements-by-speaker", "statements-of-speaker",
            "reports", "actor-names", "actors-by-statements", "who-talks-about-whom", "members-of", "timeline",
            "said-about-event", "conflicting-figures", "event-figures", "who-did-what-to-whom");
    private static final Pattern SPARQL_TEXT = Pattern.compile(
            "(?is).*\\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\\b.*\\{.*");

    private CannedQueries() {}

    static String load(String fileOrName) {
        if (SPARQL_TEXT.matcher(fileOrName).matches()) {
            return fileOrName;
        }
        Path asFile = Path.of(fileOrName);
        try {
            if (Files.isRegularFile(asFile)) {
                return Files.readString(asFile, StandardCharsets.UTF_8);
            }
            String name = fileOrName.endsWith(".rq") ? fileOrName : fileOrName + ".rq";
            Path local = Path.of("queries", name);
            if (Files.isRegularFile(local)) {
                return Files.readString(local, StandardCharsets.UTF_8);
            }
            try (InputStream in = CannedQueries.class.getResourceAsStream("/qawl/queries/" + name)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new QawlException(ExitCodes.BAD_INPUT, fileOrName + ": cannot read: " + e.getMessage());
        }
        throw new QawlException(ExitCodes.USAGE, "no query file or canned query named '" + fileOrName
                + "' (canned: " + String.join(", ", NAMES) + ")");
    }
}
