package org.qawl.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {
    @Test
    void foldsHamzaAlefMaqsuraTaMarbutaAndDiacritics() {
        assertThat(NameNormalizer.key("إسبانيا")).isEqualTo(NameNormalizer.key("اسبانيا"));
        assertThat(NameNormalizer.key("الأمريكى")).isEqualTo(NameNormalizer.key("الامريكي"));
        assertThat(NameNormalizer.key("سوريّة")).isEqualTo("سوريه");
        assertThat(NameNormalizer.key("عُمان")).isEqualTo("عمان");
    }

    @Test
    void hyphensDotsAndRepeatedSpacesBecomeOneSpace() {
        assertThat(NameNormalizer.key("قاسم-جومارت توكاييف"))
                .isEqualTo(NameNormalizer.key("قاسم جومارت  توكاييف"));
        assertThat(NameNormalizer.key("ألما-آتا")).isEqualTo("الما اتا");
        assertThat(NameNormalizer.key("أ.ف.ب")).isEqualTo(NameNormalizer.key("أ ف ب"));
        assertThat(NameNormalizer.key("«الميادين»")).isEqualTo("الميادين");
    }

    @Test
    void arabicIndicDigitsBecomeAscii() {
        assertThat(NameNormalizer.key("فرانس ٢٤")).isEqualTo("فرانس 24");
        assertThat(NameNormalizer.key("فرانس ۲۴")).isEqualTo("فرانس 24");
    }

    @Test
    void latinIsLowerCasedAndPlusIsRead() {
        assertThat(NameNormalizer.key("CBC eXtra")).isEqualTo("cbc extra");
        assertThat(NameNormalizer.key("أوبك+")).isEqualTo(NameNormalizer.key("أوبك بلس"));
    }

    @Test
    void proclticsComeOffTheFirstWordAfterTheFormAsWritten() {
        assertThat(NameNormalizer.keyVariants("وروسيا")).containsExactly("وروسيا", "روسيا");
        assertThat(NameNormalizer.keyVariants("للأمم المتحدة"))
                .containsExactly("للامم المتحده", "الامم المتحده", "لامم المتحده");
        assertThat(NameNormalizer.keyVariants("للبنان")).contains("لبنان");
        assertThat(NameNormalizer.keyVariants("وبالصين")).containsExactly("وبالصين", "بالصين", "الصين");
        assertThat(NameNormalizer.keyVariants("بيروت").get(0)).isEqualTo("بيروت");
        assertThat(NameNormalizer.keyVariants("وام")).containsExactly("وام");
    }

    @Test
    void skeletonMatchesTransliterationVariants() {
        assertThat(NameNormalizer.skeleton("توكاييف")).isEqualTo(NameNormalizer.skeleton("توكايف"));
        assertThat(NameNormalizer.skeleton("كوناشينكوف"))
                .isEqualTo(NameNormalizer.skeleton("كونتشينكوف"));
        assertThat(NameNormalizer.skeleton("إيغور")).isEqualTo(NameNormalizer.skeleton("إيجور"));
        assertThat(NameNormalizer.skeleton("سورية")).isEqualTo(NameNormalizer.skeleton("سوريا"));
        assertThat(NameNormalizer.skeleton("تورغومباييف"))
                .isEqualTo(NameNormalizer.skeleton("تورجومبايف"));
    }

    @Test
    void shortSkeletonsAreNotDistinctive() {
        assertThat(NameNormalizer.skeleton("تونس")).isEqualTo(NameNormalizer.skeleton("تنس"));
        assertThat(NameNormalizer.isDistinctive(NameNormalizer.skeleton("تونس"))).isFalse();
        assertThat(NameNormalizer.isDistinctive(NameNormalizer.skeleton("كوناشينكوف"))).isTrue();
    }

    @Test
    void nisbaKeysFoldPluralsAndToggleTheArticle() {
        assertThat(NameNormalizer.nisbaKeys(NameNormalizer.key("الروسيين"))).contains("الروسي");
        assertThat(NameNormalizer.nisbaKeys(NameNormalizer.key("الأمريكيتين")))
                .contains("الامريكيه");
        assertThat(NameNormalizer.nisbaKeys(NameNormalizer.key("روسية"))).contains("الروسيه");
        assertThat(NameNormalizer.nisbaKeys(NameNormalizer.key("الكوري الشمالي")))
                .contains("كوري شمالي");
    }

    @Test
    void diacriticsAgreeOnlyWhenTheWrittenMarksAreOnTheLabel() {
        assertThat(NameNormalizer.diacriticsAgree("عمّان", "عمّان")).isTrue();
        assertThat(NameNormalizer.diacriticsAgree("وعمّان", "عمّان")).isTrue();
        assertThat(NameNormalizer.diacriticsAgree("عمّان", "عُمان")).isFalse();
        assertThat(NameNormalizer.diacriticsAgree("عُمان", "عُمان")).isTrue();
        assertThat(NameNormalizer.diacriticsAgree("عمان", "عمّان")).isFalse();
    }
}
