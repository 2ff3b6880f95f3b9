package org.qawl.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The literal forms qawl publishes, in one place so every mapper writes them alike. */
final class Literals {
    private static final DateTimeFormatter SPACED_DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Seconds always written: LocalDateTime.toString() drops «:00», which xsd:dateTime forbids. */
    private static final DateTimeFormatter XSD_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private Literals() {}

    static Node arabic(String text) {
        return NodeFactory.createLiteralLang(text, "ar");
    }

    static Node string(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    static Node bool(boolean value) {
        return NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean);
    }

    static Node decimal(double value) {
        String lexical = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

    /** An exact decimal as written, without exponent («1500000», «1.5»). */
    /** A length of time as xsd:duration («P2D»). */
    static Node duration(java.time.Period period) {
        return NodeFactory.createLiteralDT(period.toString(), XSDDatatype.XSDduration);
    }

    static Node decimal(BigDecimal value) {
        return NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal);
    }

    /**
     * A report date as xsd:date or xsd:dateTime when it is one (ISO, or the corpus's
     * "yyyy-MM-dd HH:mm:ss"); otherwise the string as given, so nothing is lost.
     */
    static Node date(String raw) {
        String value = raw.strip();
        try {
            return NodeFactory.createLiteralDT(LocalDate.parse(value).toString(), XSDDatatype.XSDdate);
        } catch (DateTimeParseException notADate) {
            // try the date-time forms
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {
                DateTimeFormatter.ISO_LOCAL_DATE_TIME, SPACED_DATE_TIME}) {
            try {
                LocalDateTime dateTime = LocalDateTime.parse(value, format);
                return NodeFactory.createLiteralDT(XSD_DATE_TIME.format(dateTime), XSDDatatype.XSDdateTime);
            } catch (DateTimeParseException notThisForm) {
                // next form
            }
        }
        return string(value);
    }
}
