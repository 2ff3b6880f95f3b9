package org.qawl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a query by file path or by name: {@code queries/NAME.rq} in the working folder, then
 * the copy of queries/ shipped in the jar.
 */
final class CannedQueries {
    private CannedQueries() {}

    static String load(String fileOrName) {
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
                + "' (canned: who-said-what, who-did-what-to-whom, timeline, statements-by-speaker, statements-of-speaker, reports)");
    }
}
