package org.qawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The data files of quantities: what they must hold and the rules their entries keep. */
class QuantityLexiconsTest {
    private static final UnitLexicon UNITS = UnitLexicon.load();

    @Test
    void theUnitsLexiconHasEveryClassTheMappersRelyOn() {
        List<String> required = List.of("person", "killed", "injured", "arrested", "troops", "security-personnel",
                "equipment", "aircraft", "vehicle", "cell", "building", "day", "week", "month", "year", "hour",
                "percent", "currency", "times", "barrel", "ton", "km");
        assertThat(required).allMatch(UNITS::hasClass);
    }

    @Test
    void everyPluralInOonHasItsFormInEenSoNeitherIsReadAsADual() {
        Set<String> missing = new TreeSet<>();
        for (String form : UNITS.listedForms()) {
            if (!form.contains(" ") && form.endsWith("ون")) {
                String genitive = form.substring(0, form.length() - 2) + "ين";
                if (!UNITS.listedForms().contains(genitive)) {
                    missing.add(genitive);
                }
            }
        }
        assertThat(missing).as("forms in -ين to list in units.tsv").isEmpty();
    }

    @Test
    void theNumberWordsAndTheirQualifiersLoad() {
        // the qualifier codes are checked against Quantity.Qualifier when the file is read
        NumberWords.load();
        QuantityWords words = QuantityWords.load();
        assertThat(words.isLabelNoun(ArabicText.normalize("المادة"))).isTrue();
        assertThat(words.isClockWord("صباحا")).isTrue();
    }
}
