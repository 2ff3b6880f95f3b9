package org.qawl.export.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelIndexTest {

    @Test
    void findsTheLongestNameAndNamesWithProcliticsOrOtherSpellings() {
        LabelIndex index = new LabelIndex();
        index.add("urn:russia", "روسيا", true);
        index.add("urn:mod", "وزارة الدفاع في روسيا", true);
        index.add("urn:un", "الأمم المتحدة", true);

        assertThat(index.find("قالت وزارة الدفاع في روسيا إن ...")).containsExactly("urn:mod");
        assertThat(index.find("وروسيا ولِلأمم المتحدة")).containsExactly("urn:russia", "urn:un");
        assertThat(index.find("الامم المتحده، ثم روسيا.")).containsExactly("urn:un", "urn:russia");
        assertThat(index.find("لا أحد")).isEmpty();
    }

    @Test
    void aNameSharedByTwoActorsCountsOnlyForTheOneWhoseLabelItIs() {
        LabelIndex index = new LabelIndex();
        index.add("urn:washington", "واشنطن", true);
        index.add("urn:usa", "واشنطن", false);   // alternative label (metonym)
        index.add("urn:a", "الوزارة", false);
        index.add("urn:b", "الوزارة", false);

        assertThat(index.find("قالت واشنطن")).containsExactly("urn:washington");
        assertThat(index.find("قالت الوزارة")).isEmpty();
    }

    @Test
    void ignoresNamesTooShortToMatchSafely() {
        LabelIndex index = new LabelIndex();
        index.add("urn:x", "إكس", true);
        index.add("urn:y", "أب", true);

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.find("أب")).isEmpty();
    }
}
