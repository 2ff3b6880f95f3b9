package org.qawl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.qawl.bench.ExtractionBenchmark;
import org.qawl.ingest.BadInputException;
import org.qawl.ingest.Report;
import org.qawl.ingest.ReportFiles;
import org.qawl.ingest.ReportReader;
import org.qawl.iri.Iris;
import org.qawl.map.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qawl bench}: extraction speed on one core, with the ICU floor beside it. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure extraction speed (recognizers + mappers, no store) on one thread "
                + "over report files, e.g. ../shared/corpus/saudinewsnet.jsonl.gz, next to a floor "
                + "that only runs ICU sentence and word breaking over the same text.",
                "Texts are loaded into memory first; each measured pass follows warm-up passes."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Use at most N reports (0 = all; default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Measured passes of each kind (default: ${DEFAULT-VALUE}); the best is reported.")
    int rounds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
            description = "Unmeasured passes first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Report files or folders.")
    List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Report> reports = new ArrayList<>();
        try {
            for (Path file : ReportFiles.expand(inputs)) {
                ReportReader.forEach(file, report -> {
                    if (limit == 0 || reports.size() < limit) {
                        reports.add(report);
                    }
                }, skipped -> { });
            }
        } catch (BadInputException e) {
            throw new QawlException(ExitCodes.BAD_INPUT, e.getMessage());
        }
        ExtractionBenchmark bench = new ExtractionBenchmark(Extractor.standard(Iris.defaults()), reports);
        out.printf(Locale.ROOT, "qawl bench: %d reports, %.1f MB of UTF-8 text, 1 thread, Java %s%n",
                reports.size(), bench.bytes() / 1e6, System.getProperty("java.version"));
        for (int i = 0; i < warmup; i++) {
            bench.floor();
            bench.extraction();
        }
        ExtractionBenchmark.Pass floor = null;
        ExtractionBenchmark.Pass extraction = null;
        for (int i = 0; i < rounds; i++) {
            floor = best(floor, bench.floor());
            extraction = best(extraction, bench.extraction());
        }
        print(out, floor);
        print(out, extraction);
        out.printf(Locale.ROOT, "extraction takes %.1fx the floor's time; %d statements, %d quads%n",
                (double) extraction.nanos() / floor.nanos(), extraction.statements(), extraction.quads());
        out.flush();
        return ExitCodes.OK;
    }

    private static ExtractionBenchmark.Pass best(ExtractionBenchmark.Pass a, ExtractionBenchmark.Pass b) {
        return a == null || b.nanos() < a.nanos() ? b : a;
    }

    private static void print(PrintWriter out, ExtractionBenchmark.Pass pass) {
        out.printf(Locale.ROOT, "%-38s %8.2f MB/s %9.0f reports/s %8.2f s%n", pass.name(),
                pass.megabytesPerSecond(), pass.reportsPerSecond(), pass.nanos() / 1e9);
    }
}
