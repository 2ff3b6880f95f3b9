package org.qawl.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.qawl.ingest.BadInputException;
import org.qawl.ingest.Report;
import org.qawl.ingest.ReportReader;

/**
 * The SaudiNewsNet corpus (../shared/corpus, CC BY-NC-SA: read in place, never copied into the
 * repository) for the hand-labelled corpus checks: where it is, and its articles by id, read by
 * the project's own reader.
 */
public final class CorpusArticles {
    public static final Path CORPUS = Path.of(System.getProperty("qawl.project.dir", "."))
            .resolve("../shared/corpus/saudinewsnet.jsonl.gz").normalize();

    private CorpusArticles() {}

    public static boolean present() {
        return Files.isRegularFile(CORPUS);
    }

    /**
     * The articles with these ids: their corpus lines are copied to a JSONL file in {@code temp}
     * (a cheap id test first, so 30,000 lines are not all parsed) and read as reports.
     */
    public static Map<String, Report> read(Set<String> ids, Path temp) throws IOException {
        Path subset = temp.resolve("subset.jsonl");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(CORPUS), 1 << 16), StandardCharsets.UTF_8), 1 << 16);
                var out = Files.newBufferedWriter(subset, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                int at = line.indexOf("\"id\": \"");
                if (at >= 0 && at < 10) {
                    int from = at + 7;
                    if (ids.contains(line.substring(from, line.indexOf('"', from)))) {
                        out.write(line);
                        out.write('\n');
                    }
                }
            }
        }
        Map<String, Report> out = new HashMap<>();
        try {
            ReportReader.forEach(subset, r -> out.put(r.id(), r), e -> { });
        } catch (BadInputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        return out;
    }

    /**
     * The rows of a label file of src/test/resources/corpus-check ({@code name}, e.g. "roles.tsv"),
     * split at tabs; blank lines and # comments are skipped.
     */
    public static List<String[]> labelRows(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = CorpusArticles.class.getResourceAsStream("/corpus-check/" + name)) {
            if (in == null) {
                throw new AssertionError("corpus-check/" + name + " is not on the test classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows;
    }

    /** The text between two code-point offsets. */
    public static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
