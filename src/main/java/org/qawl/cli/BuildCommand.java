package org.qawl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.qawl.build.BuildSummary;
import org.qawl.build.StoreBuilder;
import org.qawl.iri.Iris;
import org.qawl.map.Extractor;
import org.qawl.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code qawl build}: reports into the store, one named graph each. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Extract statements from reports and load them into the store.",
                "Inputs: .txt (title on line 1, body after), .json (one report) and .jsonl "
                        + "(one report a line, fields id, title, text, date, source, url), or "
                        + "folders of them (recursively, sorted). Building a report again "
                        + "replaces its graph. Bad files are skipped with a message; the exit "
                        + "code is then 3."})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of published IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Report files or folders.")
    List<Path> inputs;

    @Override
    public Integer call() {
        return buildInto(spec, store.path(), base, inputs);
    }

    /** Shared with {@code serve}, which builds its inputs first. */
    static int buildInto(CommandSpec spec, Path storePath, String base, List<Path> inputs) {
        PrintWriter err = spec.commandLine().getErr();
        BuildSummary summary;
        try (Tdb2Store store = Tdb2Store.open(storePath)) {
            StoreBuilder builder = new StoreBuilder(Extractor.standard(new Iris(base)), store, err);
            summary = builder.build(inputs, TerminalProgress.forTerminal("build"));
        }
        err.printf("qawl: built %d report(s) from %d file(s) into %s: %d statements, %d quads, "
                + "%.1f s%s%n", summary.reports(), summary.files(), storePath,
                summary.statements(), summary.quads(), summary.millis() / 1000.0,
                summary.hasSkipped() ? "; " + summary.skipped().size() + " skipped" : "");
        err.flush();
        return summary.hasSkipped() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
}
