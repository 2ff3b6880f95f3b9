package org.qawl.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;

/**
 * The length of an xsd:duration in days, so that a qawl:Duration can be scored against a gold
 * count of days: "P2D" → 2, "PT48H" → 2, "P1DT12H" → 1.5. A length with months or years has
 * no fixed number of days and gives none; so does a malformed one.
 */
final class DurationDays {
    private static final DatatypeFactory XSD;

    static {
        try {
            XSD = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("no javax.xml.datatype implementation", e);
        }
    }

    private DurationDays() {}

    static Optional<BigDecimal> of(String lexical) {
        Duration duration;
        try {
            duration = XSD.newDuration(lexical.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (field(duration, DatatypeConstants.YEARS).signum() != 0 || field(duration, DatatypeConstants.MONTHS).signum() != 0) {
            return Optional.empty();
        }
        BigDecimal days = field(duration, DatatypeConstants.DAYS)
                .add(field(duration, DatatypeConstants.HOURS).divide(BigDecimal.valueOf(24), MathContext.DECIMAL64))
                .add(field(duration, DatatypeConstants.MINUTES).divide(BigDecimal.valueOf(24 * 60), MathContext.DECIMAL64))
                .add(field(duration, DatatypeConstants.SECONDS).divide(BigDecimal.valueOf(24 * 3600), MathContext.DECIMAL64));
        return Optional.of(days.stripTrailingZeros());
    }

    private static BigDecimal field(Duration duration, DatatypeConstants.Field field) {
        Number value = duration.getField(field);
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
