package org.qawl.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the qawl CLI in this JVM and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

    static Path projectDir() {
        return Path.of(System.getProperty("qawl.project.dir", ".")).toAbsolutePath();
    }

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
