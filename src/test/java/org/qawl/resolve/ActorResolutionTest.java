package org.qawl.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qawl.ingest.Report;
import org.qawl.iri.Iris;
import org.qawl.text.ActorMention;
import org.qawl.text.MentionKind;
import org.qawl.text.Pipeline;
import org.qawl.vocab.Qawl;

/** Actors from names as written: gazetteer entries, titled persons, and one report's memory. */
class ActorResolutionTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final GazetteerResolver RESOLVER = new GazetteerResolver(GAZETTEER, Iris.defaults());

    @Test
    void titledNameResolvesToThePersonWithTheTitleAsRole() {
        ResolvedActor minister = RESOLVER.resolve("وزير الخارجية الفرنسي جان إيف لودريان");
        assertThat(minister.type()).isEqualTo(Qawl.Person);
        assertThat(minister.arabicLabel()).isEqualTo("جان إيف لودريان");
        assertThat(minister.role()).isEqualTo("وزير الخارجية الفرنسي");
    }

    @Test
    void spellingVariantsOfAForeignNameGiveOneIri() {
        assertThat(RESOLVER.resolve("الرئيس الروسي فلاديمير بوتين").iri())
                .isEqualTo(RESOLVER.resolve("رئيس روسيا فلاديمير بوتن").iri());
    }

    @Test
    void aTitleWithItsCountryIsARoleNotTheCountry() {
        ResolvedActor role = RESOLVER.resolve("رئيس الوزراء العراقي");
        assertThat(role.type()).isEqualTo(Qawl.Person);
        assertThat(role.iri()).isNotEqualTo(GAZETTEER.lookup("العراق").orElseThrow().iri());
    }

    @Test
    void bodiesAndCountriesComeFromTheGazetteer() {
        assertThat(RESOLVER.resolve("وزارة الخارجية الروسية").iri())
                .isEqualTo(RESOLVER.resolve("الخارجية الروسية").iri());
        assertThat(RESOLVER.resolve("سوريا").iri()).isEqualTo(RESOLVER.resolve("سورية").iri());
        assertThat(RESOLVER.resolveNisba("الأمريكية").orElseThrow().iri())
                .isEqualTo(RESOLVER.resolve("الولايات المتحدة").iri());
    }

    @Test
    void aCapitalThatSpeaksIsItsState() {
        assertThat(RESOLVER.resolveSpeaker("موسكو").iri()).isEqualTo(RESOLVER.resolve("روسيا").iri());
        assertThat(RESOLVER.resolve("موسكو").type()).isEqualTo(Qawl.City);
    }

    @Test
    void inOneReportASurnameAndATitleResolveToThePersonNamedInFull() {
        ActorResolver report = RESOLVER.forReport();
        ResolvedActor full = report.resolve("رئيس الوزراء الإسباني بيدرو سانشيز");
        assertThat(report.resolve("سانشيز").iri()).isEqualTo(full.iri());
        assertThat(report.resolve("رئيس الوزراء الإسباني").iri()).isEqualTo(full.iri());
        assertThat(RESOLVER.forReport().resolve("سانشيز").iri()).isNotEqualTo(full.iri());
    }

    @Test
    void aBareBodyBelongsToTheCountryTheReportIsAbout() {
        ActorResolver report = RESOLVER.forReport();
        report.resolve("تونس");
        report.resolveNisba("التونسية");
        assertThat(report.resolve("الحكومة").iri())
                .isEqualTo(RESOLVER.resolve("الحكومة التونسية").iri());
    }

    @Test
    void mentionsCoverNamesAdjectivesAndTitledPersons() {
        Pipeline pipeline = Pipeline.standard(GazetteerNames.of(GAZETTEER))
                .then(new ActorMentionRecognizer(GAZETTEER));
        String text = "عنوان\nالتقى وزير الخارجية المصري سامح شكري نظيره الأردني في عمّان، "
                + "وبحث الجانبان مع الأمم المتحدة الوضع في غزة.";
        List<ActorMention> mentions = pipeline.analyse(Report.ofText("r", text))
                .of(MentionKind.ACTOR, ActorMention.class);
        List<String> written = mentions.stream().map(m -> m.kind() + ":" + m.span().of(text)).toList();
        assertThat(written).contains("PERSON:وزير الخارجية المصري سامح شكري", "NISBA:المصري",
                "NISBA:الأردني", "NAME:الأمم المتحدة", "NAME:غزة");
    }
}
