package org.qawl.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qawl.iri.Iris;
import org.qawl.vocab.Qawl;

/**
 * Resolution inside one report: short forms resolve only when the report makes them
 * unambiguous — a title alone to the one person holding it, a head alone to the owner the report
 * names most.
 */
class ReportResolutionTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final GazetteerResolver RESOLVER = new GazetteerResolver(GAZETTEER, Iris.defaults());

    private static String key(ResolvedActor actor) {
        String iri = actor.iri().getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    @Test
    void aTitleAloneIsThePersonWhoHoldsIt() {
        ActorResolver report = RESOLVER.forReport();
        report.notice("كازاخستان", false);
        ResolvedActor tokayev = report.resolve("الرئيس الكازاخستاني قاسم جومارت توكاييف");
        assertThat(report.resolveRole("الرئيس")).contains(tokayev);
        assertThat(report.resolveRole("رئيس كازاخستان")).contains(tokayev);
        assertThat(report.resolveRole("رئيس البلاد")).contains(tokayev); // the report's country
        assertThat(report.resolveRole("فخامة الرئيس")).contains(tokayev);
        assertThat(report.resolveRole("رئيس الوزراء")).isEmpty(); // another office
        assertThat(report.resolveRole("الرئيس الروسي")).isEmpty(); // another country
    }

    @Test
    void aRoleGivenWithAShorterFormOfTheNameCountsForThePerson() {
        ActorResolver report = RESOLVER.forReport();
        ResolvedActor tokayev = report.resolve("فخامة قاسم-جومارت توكايف");
        assertThat(report.resolveRole("فخامة الرئيس")).isEmpty(); // an honorific is no office
        assertThat(report.resolve("جومارت توكاييف رئيس جمهورية كازاخستان")).isEqualTo(tokayev);
        assertThat(report.resolveRole("فخامة الرئيس")).contains(tokayev);
    }

    @Test
    void aTitleTwoPersonsHoldIsNotGuessed() {
        ActorResolver report = RESOLVER.forReport();
        report.resolve("الرئيس الروسي فلاديمير بوتين");
        report.resolve("الرئيس الأمريكي جو بايدن");
        assertThat(report.resolveRole("الرئيس")).isEmpty();
        assertThat(report.resolveRole("الرئيس الأمريكي").map(ResolvedActor::arabicLabel)).contains("جو بايدن");
        assertThat(RESOLVER.forReport().resolveRole("الرئيس")).as("no one holds it yet").isEmpty();
    }

    @Test
    void aSurnameWithAProcliticAndAShortNameFindTheirPerson() {
        ActorResolver report = RESOLVER.forReport();
        ResolvedActor hadi = report.resolve("الرئيس اليمني عبدربه منصور هادي");
        assertThat(report.resolve("لهادي")).isEqualTo(hadi);
        ResolvedActor laila = report.resolve("الفنانة ليلى");
        assertThat(report.resolve("ليلى")).isEqualTo(laila);
    }

    @Test
    void twoPersonsWithOneSurnameGiveTheSurnameToTheOneNamedFirst() {
        ActorResolver report = RESOLVER.forReport();
        ResolvedActor father = report.resolvePerson("فيصل العمراني");
        report.resolve("الطالبة نور العمراني");
        assertThat(report.resolve("العمراني")).isEqualTo(father);
    }

    @Test
    void aFathersNameIsNoSurname() {
        ActorResolver report = RESOLVER.forReport();
        ResolvedActor crownPrince = report.resolve("ولي العهد الأمير محمد بن سلمان");
        assertThat(report.resolve("الملك سلمان")).isNotEqualTo(crownPrince);
    }

    @Test
    void aHeadAloneBelongsToTheOrganizationTheReportNamesMost() {
        ActorResolver report = RESOLVER.forReport();
        report.notice("منظمة معاهدة الأمن الجماعي", false);
        report.notice("منظمة معاهدة الأمن الجماعي", false);
        report.notice("كازاخستان", false);
        assertThat(report.resolveHead("الأمانة العامة").map(ReportResolutionTest::key)).contains("csto_secretariat");
        assertThat(report.resolveHead("قوات حفظ السلام").map(ReportResolutionTest::key)).contains("csto_peacekeepers");
        report.notice("الأمم المتحدة", false);
        report.notice("الأمم المتحدة", false);
        assertThat(report.resolveHead("قوات حفظ السلام")).as("CSTO and UN named as often").isEmpty();
    }

    @Test
    void peacekeepersAreNotTheHomeCountrysAndAHeadOfNoOneIsNoActor() {
        ActorResolver report = RESOLVER.forReport();
        report.notice("كازاخستان", false);
        assertThat(report.resolveHead("قوات حفظ السلام")).isEmpty();
        assertThat(report.resolveHead("الحكومة").map(ReportResolutionTest::key)).contains("kazakhstan_government");
        assertThat(report.resolveHead("المواطنين").map(ReportResolutionTest::key)).contains("kazakhstan_citizens");
        ActorResolver nowhere = RESOLVER.forReport();
        assertThat(nowhere.resolveHead("الحكومة")).isEmpty();
        assertThat(nowhere.resolveHead("وزارة العمل").map(ResolvedActor::type)).contains(Qawl.GovernmentBody);
        assertThat(nowhere.resolveHead("المواطنين").map(ReportResolutionTest::key)).contains("citizens");
    }
}
