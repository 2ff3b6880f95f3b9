package org.qawl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The qawl command line: {@code qawl <command> [options]}. */
@Command(name = "qawl",
        mixinStandardHelpOptions = true,
        versionProvider = Version.Provider.class,
        description = "Who said what: builds a knowledge graph of attributed statements from "
                + "Arabic news reports and serves it over SPARQL.",
        subcommands = {BuildCommand.class, QueryCommand.class, ServeCommand.class, EvalCommand.class, BenchCommand.class, ExportCommand.class, ValidateCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 internal error, 2 usage, 3 bad input, "
                + "4 store locked or busy, 5 output I/O."})
public final class Main {
    @Option(names = {"-x", "--stack-trace"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an error.")
    boolean showStackTrace;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command as the launcher would, and returns its exit code (used by tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
