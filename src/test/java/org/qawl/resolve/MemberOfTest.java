package org.qawl.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qawl.iri.Iris;
import org.qawl.vocab.Qawl;

/** qawl:memberOf: what a person's title makes them a member of, and the organs of organizations. */
class MemberOfTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final GazetteerResolver RESOLVER = new GazetteerResolver(GAZETTEER, Iris.defaults());

    private static String memberOf(ResolvedActor actor) {
        return actor.memberOf().map(m -> key(m.iri().getURI())).orElse("(none)");
    }

    private static String key(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    @Test
    void aMinisterBelongsToHisCountrysMinistry() {
        ResolvedActor lavrov = RESOLVER.resolve("وزير الخارجية الروسي سيرغي لافروف");
        assertThat(memberOf(lavrov)).isEqualTo("russia_foreign_ministry");
        assertThat(lavrov.memberOf().orElseThrow().type()).isEqualTo(Qawl.GovernmentBody);
        assertThat(memberOf(RESOLVER.resolve("وزيرة الدفاع الألمانية أورسولا فون دير لاين")))
                .isEqualTo("germany_defense_ministry");
    }

    @Test
    void aTitleWithNoBodyMakesTheHolderAMemberOfTheCountry() {
        assertThat(memberOf(RESOLVER.resolve("الرئيس الكازاخستاني قاسم جومارت توكاييف"))).isEqualTo("kazakhstan");
        assertThat(memberOf(RESOLVER.resolve("رئيس كازاخستان قاسم جومارت توكاييف"))).isEqualTo("kazakhstan");
    }

    @Test
    void aBodyOrOrganizationNamedAfterTheTitleIsWhatTheHolderBelongsTo() {
        assertThat(memberOf(RESOLVER.resolve("رئيس مجلس الدوما الروسي فياتشيسلاف فولودين"))).isEqualTo("russia_state_duma");
        assertThat(memberOf(RESOLVER.resolve("المتحدث باسم الخارجية الأمريكية نيد برايس")))
                .isEqualTo("united_states_foreign_ministry");
        assertThat(memberOf(RESOLVER.resolve("الأمين العام للأمم المتحدة أنطونيو غوتيريش"))).isEqualTo("united_nations");
        assertThat(memberOf(RESOLVER.resolve("مسؤول السياسة الخارجية في الاتحاد الأوروبي، جوزيب بوريل")))
                .isEqualTo("european_union");
    }

    @Test
    void aTitleThatSaysNothingOfWhereGivesNoMembership() {
        assertThat(memberOf(RESOLVER.resolve("الدكتور محمد الثبيتي"))).isEqualTo("(none)");
        assertThat(memberOf(RESOLVER.resolve("وزير الخارجية إيرلان كارين"))).isEqualTo("(none)");
    }

    @Test
    void aCounterpartHoldsThePreviousPersonsTitleInItsOwnCountry() {
        ActorResolver report = RESOLVER.forReport();
        report.resolve("وزير الخارجية المصري سامح شكري");
        ResolvedActor counterpart = report.resolve("نظيره الأردني، أيمن الصفدي");
        assertThat(counterpart.arabicLabel()).isEqualTo("أيمن الصفدي");
        assertThat(counterpart.role()).isEqualTo("وزير الخارجية الأردني");
        assertThat(memberOf(counterpart)).isEqualTo("jordan_foreign_ministry");
    }

    @Test
    void organsOfAnOrganizationAreItsMembersAndBuiltOnesCarryIt() {
        GazetteerEntry secretariat = GAZETTEER.lookupBody("الأمانة العامة لمنظمة معاهدة الأمن الجماعي").orElseThrow();
        assertThat(secretariat.key()).isEqualTo("csto_secretariat");
        assertThat(GAZETTEER.lookupBody("قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي").orElseThrow().key())
                .isEqualTo("csto_peacekeepers");
        assertThat(GAZETTEER.lookupBody("قوات حفظ السلام الأممية").orElseThrow().key()).isEqualTo("un_peacekeepers");
        ResolvedActor natoStates = RESOLVER.resolve("الدول الأعضاء في حلف شمال الأطلسي");
        assertThat(key(natoStates.iri().getURI())).isEqualTo("nato_member_states");
        assertThat(natoStates.type()).isEqualTo(Qawl.Group);
        assertThat(memberOf(natoStates)).isEqualTo("nato");
        // a listed organ's membership is in the actors graph, not repeated for every report
        assertThat(RESOLVER.resolve("الأمانة العامة لمنظمة معاهدة الأمن الجماعي").memberOf()).isEmpty();
    }

    @Test
    void countriesRecordTheirAlliances() {
        GazetteerEntry kazakhstan = GAZETTEER.lookup("كازاخستان").orElseThrow();
        GazetteerEntry csto = GAZETTEER.lookup("منظمة معاهدة الأمن الجماعي").orElseThrow();
        GazetteerEntry nato = GAZETTEER.lookup("حلف شمال الأطلسي").orElseThrow();
        assertThat(kazakhstan.memberOf()).contains(csto.iri()).doesNotContain(nato.iri());
        assertThat(GAZETTEER.lookup("تركيا").orElseThrow().memberOf()).contains(nato.iri());
        assertThat(GAZETTEER.lookup("السعودية").orElseThrow().memberOf())
                .contains(GAZETTEER.lookup("جامعة الدول العربية").orElseThrow().iri(),
                        GAZETTEER.lookup("مجلس التعاون الخليجي").orElseThrow().iri());
        assertThat(Optional.of(GAZETTEER.lookup("المملكة المتحدة").orElseThrow().memberOf()))
                .hasValueSatisfying(m -> assertThat(m).doesNotContain(GAZETTEER.lookup("الاتحاد الأوروبي").orElseThrow().iri()));
    }
}
