package org.qawl.cli;

/** Exit codes of every qawl command (DESIGN.md §4). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    public static final int STORE_LOCKED = 4;
    public static final int OUTPUT_IO = 5;

    private ExitCodes() {}
}
