package org.qawl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qawl.store.Tdb2Store;

/** Bad input is skipped with a reason, rebuilding is idempotent, a held store exits with 4. */
class BuildRobustnessTest {
    @TempDir
    Path temp;

    private static final String GOOD = "وزير الخارجية يؤكد التزام بلاده\n"
            + "قال وزير الخارجية إن بلاده ملتزمة بالحوار.\n";

    @Test
    void badFilesAreSkippedWithTheirReasonAndTheRestLoads() throws IOException {
        Path inputs = Files.createDirectories(temp.resolve("in"));
        Files.writeString(inputs.resolve("good.txt"), GOOD);
        Files.write(inputs.resolve("latin1.txt"), "caf\u00e9 qal".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(inputs.resolve("empty.txt"), "");
        Files.writeString(inputs.resolve("broken.json"), "{\"id\": \"x\", \"text\": ");
        Files.writeString(inputs.resolve("mixed.jsonl"),
                "{\"id\":\"a1\",\"title\":\"عنوان\",\"text\":\"قال المتحدث إن الوضع مستقر.\"}\n"
                + "not json\n");

        CliRun run = CliRun.of("build", "--store", temp.resolve("store").toString(), inputs.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err())
                .contains("latin1.txt: not UTF-8 text")
                .contains("empty.txt: empty file")
                .contains("broken.json: malformed JSON")
                .contains("mixed.jsonl:2: malformed JSON")
                .contains("built 2 report(s)")
                .doesNotContain("Exception");
        CliRun reports = CliRun.of("query", "--store", temp.resolve("store").toString(), "reports",
                "--format", "csv");
        assertThat(reports.out()).contains("report/good").contains("report/a1");
    }

    @Test
    void missingInputIsNamed() {
        CliRun run = CliRun.of("build", "--store", temp.resolve("store").toString(),
                temp.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("nope: no such file or folder");
    }

    @Test
    void buildingTheSameInputTwiceGivesTheSameQuads() {
        Path store = temp.resolve("store");
        String reports = CliRun.projectDir().resolve("data/reports").toString();
        assertThat(CliRun.of("build", "--store", store.toString(), reports).exitCode()).isZero();
        Set<String> first = dump(store);
        assertThat(CliRun.of("build", "--store", store.toString(), reports).exitCode()).isZero();
        Set<String> second = dump(store);
        assertThat(first).isNotEmpty();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void rebuildingAReportReplacesItsGraph() throws IOException {
        Path store = temp.resolve("store");
        Path file = temp.resolve("r1.txt");
        Files.writeString(file, GOOD);
        CliRun.of("build", "--store", store.toString(), file.toString());
        Files.writeString(file, "عنوان آخر\nنص بلا تصريحات.\n");
        CliRun.of("build", "--store", store.toString(), file.toString());
        Set<String> quads = dump(store);
        String reportGraph = "<https://w3id.org/qawl/kb/graph/r1>";
        assertThat(quads).filteredOn(q -> q.startsWith(reportGraph))
                .isNotEmpty()
                .noneMatch(q -> q.contains("وزير الخارجية"))
                .anyMatch(q -> q.contains("عنوان آخر"));
    }

    @Test
    void aStoreHeldByAnotherProcessFailsWithExitCode4() throws Exception {
        Path store = temp.resolve("store");
        try (Tdb2Store held = Tdb2Store.open(store)) {
            held.read(dataset -> dataset.isEmpty()); // make sure it is really open
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "query", "--store", store.toString(), "reports"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isEqualTo(ExitCodes.STORE_LOCKED);
            assertThat(output).contains("in use by another process").doesNotContain("\tat ");
        }
    }

    private static Set<String> dump(Path storePath) {
        try (Tdb2Store store = Tdb2Store.open(storePath)) {
            return store.read(dataset -> {
                Set<String> lines = new TreeSet<>();
                dataset.find().forEachRemaining((Quad q) -> lines.add(NodeFmtLib.str(q)));
                return lines;
            });
        }
    }
}
