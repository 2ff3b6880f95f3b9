package org.qawl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: build the sample reports with the CLI, then query who-said-what. */
class BuildAndQueryTest {
    @TempDir
    static Path temp;
    static Path store;
    static CliRun build;

    @BeforeAll
    static void buildSamples() {
        store = temp.resolve("store");
        build = CliRun.of("build", "--store", store.toString(),
                CliRun.projectDir().resolve("data/reports").toString());
    }

    @Test
    void buildLoadsAllSampleReports() {
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.err()).contains("built 5 report(s) from 5 file(s)");
    }

    @Test
    void whoSaidWhatPrintsStandardSparqlJsonWithTheContractVariables() throws Exception {
        CliRun query = CliRun.of("query", "--store", store.toString(), "who-said-what",
                "--format", "json");
        assertThat(query.exitCode()).as(query.err()).isZero();

        JsonNode json = new ObjectMapper().readTree(query.out());
        List<String> vars = new ArrayList<>();
        json.get("head").get("vars").forEach(v -> vars.add(v.asText()));
        assertThat(vars).containsExactly("report", "speaker", "speakerLabel", "speakerText", "verb",
                "content", "mode", "start", "end", "date");

        JsonNode rows = json.get("results").get("bindings");
        assertThat(rows.size()).isGreaterThan(40);
        for (JsonNode row : rows) {
            assertThat(row.get("report").get("value").asText())
                    .matches("https://w3id.org/qawl/kb/report/00[0-4]_[0-9a-f]{16}");
            assertThat(row.get("speaker").get("type").asText()).isEqualTo("uri");
            assertThat(row.get("content").get("value").asText()).isNotBlank()
                    .containsPattern("\\p{IsArabic}");
            assertThat(row.get("mode").get("value").asText()).isIn("direct", "indirect", "mixed");
        }
    }

    @Test
    void everyStatementContentIsExactlyItsSpanOfTheReportText() {
        // written inline so the check is independent of the canned queries
        writeQuery("count.rq", """
                PREFIX qawl: <https://w3id.org/qawl/ns#>
                SELECT (COUNT(*) AS ?n) (SUM(IF(?content = SUBSTR(?text, ?start + 1, ?end - ?start), 1, 0)) AS ?exact)
                WHERE { ?s a qawl:Statement ; qawl:content ?content ; qawl:start ?start ;
                           qawl:end ?end ; qawl:inReport ?r . ?r qawl:text ?text }
                """);
        CliRun counted = CliRun.of("query", "--store", store.toString(),
                temp.resolve("count.rq").toString(), "--format", "csv");
        assertThat(counted.exitCode()).as(counted.err()).isZero();
        String[] lines = counted.out().strip().split("\r?\n");
        String[] values = lines[1].split(",");
        assertThat(Integer.parseInt(values[0])).isGreaterThan(40);
        assertThat(values[1]).isEqualTo(values[0]);
    }

    @Test
    void tableFormatShowsArabicRows() {
        CliRun table = CliRun.of("query", "--store", store.toString(), "reports");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("000_b8116d2267b8fc92").contains("كازاخستان");
    }

    @Test
    void unknownQueryNameIsAUsageError() {
        CliRun query = CliRun.of("query", "--store", store.toString(), "no-such-query");
        assertThat(query.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(query.err()).contains("no-such-query").doesNotContain("Exception");
    }

    private static void writeQuery(String name, String text) {
        try {
            java.nio.file.Files.writeString(temp.resolve(name), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
