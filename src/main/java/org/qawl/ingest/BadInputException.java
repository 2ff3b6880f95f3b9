package org.qawl.ingest;

/** A report file (or one line of it) that cannot be read; the message says why. */
public class BadInputException extends Exception {
    private final String location;

    public BadInputException(String location, String reason) {
        super(location + ": " + reason);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
