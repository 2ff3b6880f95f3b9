package org.qawl.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.qawl.store.StoreLockedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Maps exceptions to one line on stderr and an exit code; {@code -x} adds the stack trace. */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
        boolean trace = commandLine.getCommandSpec().root().userObject() instanceof Main main
                && main.showStackTrace;
        int code;
        String message;
        if (e instanceof QawlException qawl) {
            code = qawl.exitCode();
            message = qawl.getMessage();
        } else if (e instanceof StoreLockedException locked) {
            code = ExitCodes.STORE_LOCKED;
            message = locked.getMessage();
        } else if (e instanceof UncheckedIOException || e instanceof IOException) {
            code = ExitCodes.OUTPUT_IO;
            message = "I/O error: " + e.getMessage();
        } else {
            code = ExitCodes.INTERNAL;
            message = "internal error: " + e + " (run with -x for the stack trace)";
        }
        commandLine.getErr().println("qawl: " + message);
        if (trace) {
            e.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return code;
    }
}
