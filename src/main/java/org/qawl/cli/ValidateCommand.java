package org.qawl.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.qawl.build.MetaGraphs;
import org.qawl.export.Prefixes;
import org.qawl.export.validate.StoreValidator;
import org.qawl.export.validate.ValidationIssue;
import org.qawl.iri.Iris;
import org.qawl.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qawl validate}: the store against the SHACL shapes, as a readable report. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check every report graph of the store against the SHACL shapes "
                + "(ontology/shapes.ttl, shipped in the jar), each together with the ontology and "
                + "the actors graph; the actors graph is checked too.",
                "Each problem is printed with its graph, focus node, path, message and value; "
                        + "a clean store prints one summary line."},
        footer = {"", "Exit codes: 0 all graphs conform, 1 internal error, 3 violations found "
                + "(or no store at --store), 4 store locked by another process."})
final class ValidateCommand implements Callable<Integer> {
    private static final int VALUE_WIDTH = 120;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Print at most N problems (default: ${DEFAULT-VALUE}; 0 = all). "
                    + "The summary always counts them all.")
    int limit;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.path())) {
            throw new QawlException(ExitCodes.BAD_INPUT, "no store at " + store.path()
                    + " (build one with 'qawl build', or give --store)");
        }
        if (limit < 0) {
            throw new QawlException(ExitCodes.USAGE, "--limit " + limit + ": must be 0 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        StoreValidator.Outcome outcome;
        String base;
        try (Tdb2Store opened = Tdb2Store.open(store.path())) {
            base = opened.read(dataset -> MetaGraphs.storedBase(dataset).orElse(Iris.DEFAULT_BASE));
            outcome = StoreValidator.standard().validate(opened);
        }
        PrefixMap prefixes = Prefixes.prefixMap(base);
        List<ValidationIssue> issues = outcome.issues();
        int shown = limit == 0 ? issues.size() : Math.min(limit, issues.size());
        for (ValidationIssue issue : issues.subList(0, shown)) {
            print(out, issue, prefixes);
        }
        if (shown < issues.size()) {
            out.printf("... and %d more (--limit 0 shows all)%n%n", issues.size() - shown);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (outcome.conforms()) {
            out.printf("qawl: %d graph(s), %d focus nodes: all conform to the shapes (%.1f s)%n",
                    outcome.graphs(), outcome.focusNodes(), seconds);
        } else {
            long graphs = issues.stream().filter(ValidationIssue::isViolation).map(ValidationIssue::graph)
                    .distinct().count();
            out.printf("qawl: %d violation(s) in %d of %d graph(s) (%.1f s)%n", outcome.violations(),
                    graphs, outcome.graphs(), seconds);
        }
        out.flush();
        return outcome.conforms() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    private static void print(PrintWriter out, ValidationIssue issue, PrefixMap prefixes) {
        out.printf("%s in %s%n", issue.severity().level().getLocalName(), NodeFmtLib.str(issue.graph(), prefixes));
        out.printf("  focus:   %s%n", NodeFmtLib.str(issue.focusNode(), prefixes));
        if (!issue.path().isEmpty()) {
            out.printf("  path:    %s%n", issue.path());
        }
        out.printf("  message: %s%n", issue.message());
        if (issue.value() != null) {
            out.printf("  value:   %s%n", shorten(issue.value(), prefixes));
        }
        out.println();
    }

    private static String shorten(Node value, PrefixMap prefixes) {
        String text = NodeFmtLib.str(value, prefixes);
        return text.codePointCount(0, text.length()) <= VALUE_WIDTH ? text
                : text.substring(0, text.offsetByCodePoints(0, VALUE_WIDTH)) + "…";
    }
}
