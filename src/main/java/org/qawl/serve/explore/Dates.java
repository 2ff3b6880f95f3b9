package org.qawl.serve.explore;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** ISO days in request parameters and literals; anything else is no date. */
final class Dates {
    private Dates() {}

    static LocalDate day(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Optional<LocalDate> parameter(String text) {
        return Optional.ofNullable(day(text));
    }
}
