package org.qawl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the CLI: a minister's statement on a withdrawal gives a troop number and two lengths of
 * time; the canned query event-figures lists all three under the merged withdrawal, each with
 * what it measures, how exact it is, its words and the minister as source.
 */
class EventFiguresEndToEndTest {
    private static final Map<String, String> REPORT = Map.of(
            "id", "withdrawal", "source", "وكالة الشرق", "date", "2023-05-02",
            "title", "وزير الدفاع: انسحاب القوات الأجنبية يبدأ قريبا",
            "text", "قال وزير الدفاع الأردني يوسف الحنيطي أمس إن انسحاب نحو 1500 جندي من القوات الأجنبية "
                    + "سيبدأ في غضون ثلاثة أيام ولن يستغرق ذلك أكثر من أسبوعين.");

    @TempDir
    static Path temp;
    static Path store;

    @BeforeAll
    static void build() throws IOException {
        Path reports = Files.createDirectories(temp.resolve("reports"));
        new ObjectMapper().writeValue(reports.resolve("withdrawal.json").toFile(), REPORT);
        store = temp.resolve("store");
        CliRun build = CliRun.of("build", "--store", store.toString(), reports.toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
    }

    @Test
    void theWithdrawalsTroopsAndLengthsOfTimeWithTheirSource() throws IOException {
        CliRun run = CliRun.of("query", "--store", store.toString(), "event-figures", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> rows = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).get("results").get("bindings").forEach(rows::add);

        assertThat(rows).extracting(r -> value(r, "measure") + " " + value(r, "value") + " " + value(r, "qualifier")
                + " «" + value(r, "words") + "»").containsExactlyInAnyOrder(
                "lasts P14D at-most «لن يستغرق ذلك أكثر من أسبوعين»",
                "starts within P3D within «في غضون ثلاثة أيام»",
                "troops 1500.0 about «نحو 1500 جندي»");
        assertThat(rows).allSatisfy(row -> {
            assertThat(value(row, "type")).endsWith("/Withdrawal");
            assertThat(value(row, "source")).contains("actor/");
        });
        assertThat(rows).extracting(r -> value(r, "source")).containsOnly(value(rows.get(0), "source"));
    }

    private static String value(JsonNode row, String variable) {
        return row.has(variable) ? row.get(variable).get("value").asText() : "";
    }
}
