package org.qawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lookup normalization and character classes behind every lexicon match. */
class ArabicTextTest {
    @Test
    void dropsDiacriticsAndTanween() {
        assertThat(ArabicText.normalize("شَدَّدَ")).isEqualTo("شدد");
        assertThat(ArabicText.normalize("مُضِيفاً")).isEqualTo("مضيفا");
        assertThat(ArabicText.normalize("كتابٌ")).isEqualTo("كتاب");
        assertThat(ArabicText.normalize("هٰذا")).isEqualTo("هذا");
    }

    @Test
    void dropsTatweel() {
        assertThat(ArabicText.normalize("الـــرئيس")).isEqualTo("الرئيس");
        assertThat(ArabicText.normalize("ـ")).isEmpty();
    }

    @Test
    void foldsHamzatedAndWaslaAlefsToBareAlef() {
        assertThat(ArabicText.normalize("أعلن")).isEqualTo("اعلن");
        assertThat(ArabicText.normalize("إسرائيل")).isEqualTo("اسرائيل");
        assertThat(ArabicText.normalize("آلاف")).isEqualTo("الاف");
        assertThat(ArabicText.normalize("ٱلله")).isEqualTo("الله");
    }

    @Test
    void foldsAlefMaqsuraToYaAndTaMarbutaToHa() {
        assertThat(ArabicText.normalize("مصطفى")).isEqualTo("مصطفي");
        assertThat(ArabicText.normalize("الحكومة")).isEqualTo("الحكومه");
        assertThat(ArabicText.normalize("مشيرةً")).isEqualTo("مشيره");
    }

    @Test
    void foldsPersianYaAndKafToArabicOnes() {
        assertThat(ArabicText.normalize("کریمی")).isEqualTo("كريمي");
    }

    @Test
    void leavesOtherHamzaCarriersAlone() {
        assertThat(ArabicText.normalize("مؤكدا")).isEqualTo("مؤكدا");
        assertThat(ArabicText.normalize("رئيس")).isEqualTo("رئيس");
        assertThat(ArabicText.normalize("هادئ")).isEqualTo("هادئ");
    }

    @Test
    void dropsInvisibleDirectionMarks() {
        assertThat(ArabicText.normalize("\u200Fقال\u200Cت\u200E")).isEqualTo("قالت");
    }

    @Test
    void countsLettersDigitsDiacriticsAndTatweelAsWordCharacters() {
        for (char c : "قَ5٥ـ".toCharArray()) {
            assertThat(ArabicText.isWordChar(c)).as("U+%04X", (int) c).isTrue();
        }
        for (char c : "،؛؟!.:«»“”\"- \u00A0".toCharArray()) {
            assertThat(ArabicText.isWordChar(c)).as("U+%04X", (int) c).isFalse();
        }
    }
}
