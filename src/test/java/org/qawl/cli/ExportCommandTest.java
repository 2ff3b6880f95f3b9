package org.qawl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qawl export} on the command line: output file, gzip, what it says, and its exit codes. */
class ExportCommandTest {
    @TempDir
    static Path temp;
    static Path store;

    @BeforeAll
    static void buildSampleStore() {
        store = temp.resolve("store");
        CliRun build = CliRun.of("build", "--store", store.toString(),
                CliRun.projectDir().resolve("data/reports").toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
    }

    @Test
    void nquadsToAGzippedFileKeepEveryGraph() throws IOException {
        Path file = temp.resolve("out/qawl.nq.gz");
        Files.createDirectories(file.getParent());

        CliRun run = export("--format", "nquads", "--gzip", "-o", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("wrote all graphs (named)", "quads as nquads to " + file);
        DatasetGraph read = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(read);
        }
        assertThat(read.containsGraph(org.apache.jena.graph.NodeFactory.createURI(
                "https://w3id.org/qawl/kb/graph/000_b8116d2267b8fc92"))).isTrue();
        assertThat(read.containsGraph(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/qawl/kb/void"))).isTrue();
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("qawl.nq.gz"); // no temp left
        }
    }

    @Test
    void turtleSaysItWroteTheUnionWithoutGraphNames() {
        CliRun run = export("--format", "turtle");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote the union of all graphs (graph names are not kept)",
                "triples as turtle to standard output");
        assertThat(run.out()).startsWith("@prefix qawl: <https://w3id.org/qawl/ns#> .").contains("توكاييف");
    }

    @Test
    void oneReportAsNTriplesNamesTheGraphItWrote() {
        CliRun run = export("--format", "ntriples", "--graph", "001_90a1adca7efb77d4");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("graph <https://w3id.org/qawl/kb/graph/001_90a1adca7efb77d4> (its name is not kept)");
        assertThat(run.out().lines()).isNotEmpty()
                .anyMatch(l -> l.startsWith("<https://w3id.org/qawl/kb/report/001_90a1adca7efb77d4> "))
                .noneMatch(l -> l.contains("/report/000_b8116d2267b8fc92> <https://w3id.org/qawl/ns#title>"));
    }

    @Test
    void graphFormatsGoThroughGraphExport() throws IOException {
        Path file = temp.resolve("speakers.graphml");
        CliRun run = export("--format", "graphml", "--view", "speakers", "-o", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("<graphml");
    }

    @Test
    void anExistingFileIsReplacedOnlyByAFinishedExport() throws IOException {
        Path file = temp.resolve("kept.trig");
        Files.writeString(file, "old");
        CliRun bad = export("--format", "trig", "--graph", "no-such-report", "-o", file.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("no graph no-such-report in the store");
        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void rdfXmlLeavesOutTextXmlCannotCarryAndSaysSo() throws IOException {
        // some corpus texts hold U+001A (SUB): Turtle carries it, XML 1.0 has no way to write it
        Path inputs = Files.createDirectories(temp.resolve("sub"));
        Files.writeString(inputs.resolve("sub.txt"), "عنوان\nقال الوزير إن الوضع \u001A مستقر.\n");
        Path subStore = temp.resolve("sub-store");
        assertThat(CliRun.of("build", "--store", subStore.toString(), inputs.toString()).exitCode()).isZero();
        Path file = temp.resolve("sub.rdf");

        CliRun run = CliRun.of("export", "--store", subStore.toString(), "--format", "rdfxml", "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("triple(s) left out", "U+001A", "<https://w3id.org/qawl/kb/report/sub>");
        DatasetGraph read = DatasetGraphFactory.createTxnMem();
        RDFParser.source(file).lang(Lang.RDFXML).parse(read); // the rest is well-formed RDF/XML
        assertThat(read.getDefaultGraph().size()).isPositive();
        CliRun turtle = CliRun.of("export", "--store", subStore.toString(), "--format", "turtle", "--graph", "sub");
        assertThat(turtle.exitCode()).isZero();
        assertThat(turtle.out()).contains("\u001A");
    }

    @Test
    void usageErrors() {
        assertThat(export("--format", "yaml").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(export("--format", "yaml").err()).contains("rdf4j-binary");
        assertThat(export("--format", "turtle", "--view", "speakers").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(export("--format", "dot", "--graph", "actors").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void anUnwritableOutputIsExitCode5() {
        CliRun run = export("--format", "trig", "-o", temp.resolve("missing-folder/out.trig").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OUTPUT_IO);
        assertThat(run.err().strip().lines()).singleElement().asString().startsWith("qawl: cannot write ");
    }

    @Test
    void noStoreIsBadInput() {
        CliRun run = CliRun.of("export", "--store", temp.resolve("absent").toString(), "--format", "trig");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(temp.resolve("absent")).doesNotExist();
    }

    private static CliRun export(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "export";
        all[1] = "--store";
        all[2] = store.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }
}
