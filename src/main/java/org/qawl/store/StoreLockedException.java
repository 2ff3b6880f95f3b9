package org.qawl.store;

/** The store folder is held by another process (TDB2 allows one JVM per store). */
public class StoreLockedException extends RuntimeException {
    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
