package org.qawl.text;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A date or day named in the text: explicit («الخامس من يناير 2022»، «4 كانون الثاني»), relative
 * to the report's date («أمس»، «اليوم الخميس»), or a weekday («الخميس الماضي»). {@code date} is
 * empty when it cannot be resolved (a relative word in a report without a date): such
 * expressions are kept, never guessed.
 */
public record TimeExpression(Span span, Kind kind, Optional<LocalDate> date) implements Mention {
    public enum Kind { EXPLICIT, RELATIVE, WEEKDAY }
}
