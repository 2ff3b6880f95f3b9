package org.qawl.eval;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * A number the store gives: a qawl:Count, or a qawl:Duration with its length in days. Where it
 * is (report id, code-point start), its value and the upper end of a range, its qualifier code,
 * the speakers of the statement it is stated in (IRIs; none for the report's own voice) and the
 * merged events whose accounts carry it (none when no event took it).
 */
public record PredictedCount(String iri, String report, int start, BigDecimal value, Optional<BigDecimal> upTo,
        String qualifier, Set<String> speakers, Set<String> events) {

    /** The gold value is this value, or lies in this range. */
    public boolean hasValue(BigDecimal gold) {
        if (upTo.isPresent()) {
            return value.compareTo(gold) <= 0 && gold.compareTo(upTo.get()) <= 0;
        }
        return value.compareTo(gold) == 0;
    }

    /** How the count reads in a listing: «about 300 in 002_…@2628». */
    public String describe() {
        String number = value.stripTrailingZeros().toPlainString()
                + upTo.map(hi -> "–" + hi.stripTrailingZeros().toPlainString()).orElse("");
        return qualifier + " " + number + " in " + report + "@" + start;
    }
}
