package org.qawl.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qawl.vocab.Qawl;

class GazetteerLookupTest {
    static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    private static String key(Optional<GazetteerEntry> entry) {
        return entry.map(GazetteerEntry::key).orElse("(none)");
    }

    @Test
    void russiaByNameAndByNisba() {
        assertThat(key(gazetteer.lookup("روسيا"))).isEqualTo("russia");
        assertThat(key(gazetteer.lookup("روسيا الاتحادية"))).isEqualTo("russia");
        for (String adjective : List.of("الروسية", "الروسي", "الروسى", "روسية", "الروس",
                "الروسيين", "والروسية")) {
            assertThat(key(gazetteer.lookupNisba(adjective))).as(adjective).isEqualTo("russia");
        }
        assertThat(gazetteer.lookupNisba("الروسية").orElseThrow().isNisba()).isTrue();
        assertThat(gazetteer.lookup("روسيا").orElseThrow().isNisba()).isFalse();
    }

    @Test
    void unitedStatesByItsNamesNisbaAndCapital() {
        for (String name : List.of("الولايات المتحدة", "الولايات المتحدة الأمريكية", "أمريكا",
                "أميركا", "وأمريكا")) {
            assertThat(key(gazetteer.lookup(name))).as(name).isEqualTo("united_states");
        }
        for (String adjective : List.of("الأمريكية", "الأميركي", "الأمريكى", "الامريكي")) {
            assertThat(key(gazetteer.lookupNisba(adjective))).as(adjective)
                    .isEqualTo("united_states");
        }
        GazetteerEntry washington = gazetteer.lookup("واشنطن").orElseThrow();
        assertThat(washington.type()).isEqualTo(Qawl.City);
        assertThat(washington.country()).contains(gazetteer.byKey("united_states").orElseThrow().iri());
    }

    @Test
    void spellingVariantsMeetInOneEntry() {
        assertThat(key(gazetteer.lookup("سورية"))).isEqualTo("syria");
        assertThat(key(gazetteer.lookup("سوريا"))).isEqualTo("syria");
        assertThat(key(gazetteer.lookup("قرغيزستان"))).isEqualTo("kyrgyzstan");
        assertThat(key(gazetteer.lookup("قيرغيزستان"))).isEqualTo("kyrgyzstan");
        assertThat(key(gazetteer.lookup("روسيا البيضاء"))).isEqualTo("belarus");
        assertThat(key(gazetteer.lookup("الامارات العربية المتحدة"))).isEqualTo("united_arab_emirates");
        assertThat(key(gazetteer.lookup("ألما-آتا"))).isEqualTo("almaty");
        assertThat(key(gazetteer.lookup("ألماتى"))).isEqualTo("almaty");
        assertThat(key(gazetteer.lookup("نور سلطان"))).isEqualTo("astana");
    }

    @Test
    void agenceFrancePresseByEveryName() {
        for (String name : List.of("وكالة فرانس برس", "فرانس برس", "أ ف ب", "ا.ف.ب",
                "وكالة الصحافة الفرنسية", "AFP")) {
            assertThat(key(gazetteer.lookup(name))).as(name).isEqualTo("afp");
        }
    }

    @Test
    void proclticsAndTheArticleAfterLam() {
        assertThat(key(gazetteer.lookup("للأمم المتحدة"))).isEqualTo("united_nations");
        assertThat(key(gazetteer.lookupNisba("الأممي"))).isEqualTo("united_nations");
        assertThat(key(gazetteer.lookup("لبنان"))).isEqualTo("lebanon");
        assertThat(key(gazetteer.lookup("للبنان"))).isEqualTo("lebanon");
        assertThat(key(gazetteer.lookup("وبريطانيا"))).isEqualTo("united_kingdom");
        assertThat(key(gazetteer.lookup("بيروت"))).isEqualTo("beirut");
        assertThat(key(gazetteer.lookup("وام"))).isEqualTo("wam");
    }

    @Test
    void skeletonFallbackFindsAMisspeltLongName() {
        assertThat(key(gazetteer.lookup("كازخستان"))).isEqualTo("kazakhstan");
        assertThat(gazetteer.lookup("تنس")).isEmpty();
    }

    @Test
    void sharedNamesAreNotResolvedSilently() {
        assertThat(gazetteer.lookup("عمان")).isEmpty();
        assertThat(gazetteer.candidates("عمان")).extracting(GazetteerEntry::key)
                .containsExactlyInAnyOrder("oman", "amman");
        assertThat(key(gazetteer.lookup("عمّان"))).isEqualTo("amman");
        assertThat(key(gazetteer.lookup("عُمان"))).isEqualTo("oman");
        assertThat(key(gazetteer.lookup("سلطنة عمان"))).isEqualTo("oman");
        assertThat(gazetteer.lookup("طرابلس")).isEmpty();
        assertThat(key(gazetteer.lookup("طرابلس الغرب"))).isEqualTo("tripoli");
    }

    @Test
    void outletsNamedByEverydayWordsNeedTheirUnambiguousForm() {
        assertThat(gazetteer.lookup("الجزيرة")).isEmpty();
        assertThat(gazetteer.lookup("العربية")).isEmpty();
        assertThat(key(gazetteer.lookup("قناة الجزيرة"))).isEqualTo("al_jazeera");
        assertThat(key(gazetteer.lookup("قناة العربية"))).isEqualTo("al_arabiya");
        assertThat(key(gazetteer.lookup("الجزيرة", Qawl.MediaOutlet))).isEqualTo("al_jazeera");
        assertThat(key(gazetteer.lookup("الميادين", Qawl.MediaOutlet))).isEqualTo("al_mayadeen");
        assertThat(key(gazetteer.lookup("الرياض"))).isEqualTo("riyadh");
        assertThat(gazetteer.lookup("الرياض").orElseThrow().type()).isEqualTo(Qawl.City);
        assertThat(gazetteer.lookup("الرياض", Qawl.MediaOutlet)).isEmpty();
        assertThat(key(gazetteer.lookup("جريدة الرياض"))).isEqualTo("riyadh_newspaper");
        assertThat(key(gazetteer.lookup("الشرق الأوسط"))).isEqualTo("middle_east");
        assertThat(key(gazetteer.lookup("الشرق الأوسط", Qawl.MediaOutlet)))
                .isEqualTo("asharq_al_awsat");
        assertThat(key(gazetteer.lookup("نوفوستي"))).isEqualTo("ria_novosti");
        assertThat(key(gazetteer.lookup("تويتر"))).isEqualTo("twitter");
    }

    @Test
    void organizationsAndGroups() {
        assertThat(key(gazetteer.lookup("منظمة معاهدة الأمن الجماعي"))).isEqualTo("csto");
        assertThat(key(gazetteer.lookup("منظمة معاهدة الأمن الجماعى"))).isEqualTo("csto");
        assertThat(key(gazetteer.lookup("حلف الناتو"))).isEqualTo("nato");
        assertThat(key(gazetteer.lookup("ناتو"))).isEqualTo("nato");
        assertThat(key(gazetteer.lookup("الاتحاد الاوروبي"))).isEqualTo("european_union");
        assertThat(key(gazetteer.lookup("مجلس الأمن الدولي"))).isEqualTo("un_security_council");
        assertThat(gazetteer.lookup("مجلس الأمن")).isEmpty();
        assertThat(key(gazetteer.lookup("أوبك+"))).isEqualTo("opec_plus");
        assertThat(key(gazetteer.lookup("أوبك"))).isEqualTo("opec");
        assertThat(key(gazetteer.lookup("الحوثيين"))).isEqualTo("houthis");
        assertThat(gazetteer.lookup("الحوثيين").orElseThrow().type()).isEqualTo(Qawl.Group);
        assertThat(gazetteer.lookup("القاعدة")).isEmpty();
        assertThat(key(gazetteer.lookup("تنظيم القاعدة"))).isEqualTo("al_qaeda");
    }

    @Test
    void countryBodiesAreBuiltFromAHeadAndACountry() {
        GazetteerEntry mfa = gazetteer.lookupBody("وزارة الخارجية الروسية").orElseThrow();
        assertThat(mfa.key()).isEqualTo("russia_foreign_ministry");
        assertThat(mfa.type()).isEqualTo(Qawl.GovernmentBody);
        assertThat(mfa.country()).contains(gazetteer.byKey("russia").orElseThrow().iri());
        assertThat(mfa.arabicLabel()).isEqualTo("وزارة الخارجية في روسيا");
        for (String phrase : List.of("وزارة الداخلية الكازاخستانية", "وزارة الداخلية في كازاخستان",
                "وزارة الشؤون الداخلية في كازاخستان", "وزارة داخلية كازاخستان")) {
            assertThat(key(gazetteer.lookupBody(phrase))).as(phrase)
                    .isEqualTo("kazakhstan_interior_ministry");
        }
        assertThat(key(gazetteer.lookupBody("حكومة أنقرة"))).isEqualTo("turkey_government");
        assertThat(key(gazetteer.lookupBody("الحكومة التركية"))).isEqualTo("turkey_government");
        GazetteerEntry army = gazetteer.lookupBody("الجيش التركي").orElseThrow();
        assertThat(army.key()).isEqualTo("turkey_armed_forces");
        assertThat(army.type()).isEqualTo(Qawl.ArmedForce);
        assertThat(key(gazetteer.lookupBody("القوات المسلحة التركية")))
                .isEqualTo("turkey_armed_forces");
        assertThat(key(gazetteer.lookupBody("للقوات الجوفضائية الروسية")))
                .isEqualTo("russia_aerospace_forces");
        assertThat(key(gazetteer.lookupBody("مجلس الأمن لجمهورية كازاخستان")))
                .isEqualTo("kazakhstan_security_council");
        assertThat(key(gazetteer.lookupBody("مجلس الدوما الروسي"))).isEqualTo("russia_state_duma");
        assertThat(gazetteer.lookupBody("مجلس الأمن الدولي")).isEmpty();
        assertThat(gazetteer.lookupBody("وزارة الخارجية")).isEmpty();
    }

    @Test
    void namedBodiesShareTheKeyOfTheBuiltBody() {
        assertThat(key(gazetteer.lookup("البنتاغون")))
                .isEqualTo(key(gazetteer.lookupBody("وزارة الدفاع الأمريكية")))
                .isEqualTo("united_states_defense_ministry");
        assertThat(key(gazetteer.lookup("الكرملين")))
                .isEqualTo(key(gazetteer.lookupBody("الرئاسة الروسية")))
                .isEqualTo("russia_presidency");
        assertThat(key(gazetteer.lookup("الخارجية الأمريكية")))
                .isEqualTo("united_states_foreign_ministry");
    }

    @Test
    void titlesAreLoadedLongestFirst() {
        assertThat(gazetteer.titles()).extracting(GazetteerLexicon.Title::arabic)
                .contains("وزير الخارجية", "المتحدث باسم", "الأمين العام", "ولي العهد");
        List<GazetteerLexicon.Title> titles = gazetteer.titles();
        assertThat(titles.indexOf(titles.stream().filter(t -> t.arabic().equals("رئيس الوزراء"))
                .findFirst().orElseThrow()))
                .isLessThan(titles.indexOf(titles.stream()
                        .filter(t -> t.arabic().equals("رئيس")).findFirst().orElseThrow()));
    }
}
