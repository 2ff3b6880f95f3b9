package org.qawl.cli;

/** A failure the user can act on: one line on stderr and a documented exit code. */
public class QawlException extends RuntimeException {
    private final int exitCode;

    public QawlException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public QawlException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
