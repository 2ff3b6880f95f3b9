package org.qawl.text;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A number the text gives, with what it counts: «نحو 2500 جندي»، «أكثر من 1300 آخرين»،
 * «بين 10 و20 قتيلاً»، «يومين».
 *
 * @param span the whole phrase: qualifier words, the number, its scale and its unit
 * @param value the number («ألف» → 1000, «1.5 مليون» → 1500000); the lower end of a range
 * @param upTo the upper end of a range («بين 10 و20» → 20)
 * @param qualifier how exact the value is
 * @param unit what is counted, as written («جندياً»، «سياراتها»، «%»), or "" when nothing is said
 * @param unitSpan where {@code unit} is written
 * @param unitClass the normalized key of the unit in {@code units.tsv} («troops»، «killed»،
 *     «day»), or "" when the unit is not in the lexicon
 */
public record Quantity(
        Span span,
        BigDecimal value,
        Optional<BigDecimal> upTo,
        Qualifier qualifier,
        String unit,
        Optional<Span> unitSpan,
        String unitClass) implements Mention {

    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(upTo, "upTo");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitSpan, "unitSpan");
        Objects.requireNonNull(unitClass, "unitClass");
        value = plain(value);
        upTo = upTo.map(Quantity::plain);
    }

    /** Without trailing zeros and never in exponent form: 20, not 2E+1; 1.5, not 1.50. */
    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** How exact a number is, with the short code published as {@code qawl:qualifier}. */
    public enum Qualifier {
        EXACT("exact"),
        ABOUT("about"),
        MORE_THAN("more-than"),
        LESS_THAN("less-than"),
        /** «لا يقل عن»، «على الأقل». */
        AT_LEAST("at-least"),
        /** «لا يتجاوز»، «لا يزيد عن»، «لن يستغرق أكثر من». */
        AT_MOST("at-most"),
        /** «في غضون»، «خلال» before a duration. */
        WITHIN("within"),
        /** «بين 10 و20»، «من 10 إلى 20»، «10-20». */
        RANGE("range"),
        /** «في المجمل»، «إجمالي»، «ما مجموعه». */
        TOTAL("total");

        private final String code;

        Qualifier(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** The qualifier of a short code, as the lexicons write it. */
        public static Qualifier ofCode(String code) {
            for (Qualifier qualifier : values()) {
                if (qualifier.code.equals(code)) {
                    return qualifier;
                }
            }
            throw new IllegalArgumentException("unknown qualifier code: " + code);
        }
    }
}
