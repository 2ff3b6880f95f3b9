package org.qawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qawl.ingest.Report;
import org.qawl.resolve.Gazetteer;
import org.qawl.resolve.GazetteerNames;
import org.qawl.text.Attribution.Mode;

/**
 * The attribution forms of Arabic news, one test each, on sentences written for these tests.
 * Each report has a title line first, as report texts do.
 */
class AttributionRecognizerTest {
    /** The production pipeline, with the gazetteer's names. */
    private static final Pipeline PIPELINE = Pipeline.standard(GazetteerNames.of(Gazetteer.load()));

    private record Found(String speaker, String speakerName, String verb, String content, Mode mode,
            String rule) {}

    private static List<Found> attributions(String body) {
        String text = "عنوان الخبر\n" + body;
        Report report = Report.ofText("t", text);
        return PIPELINE.analyse(report).of(MentionKind.ATTRIBUTION, Attribution.class).stream()
                .map(a -> new Found(a.speakerAsWritten().map(s -> s.of(text)).orElse(""),
                        a.speakerName().map(s -> s.of(text)).orElse(""),
                        a.verb().map(v -> v.span().of(text)).orElse(""), a.span().of(text), a.mode(),
                        a.rule()))
                .toList();
    }

    @Test
    void verbFirstWithComplementizer() {
        List<Found> found = attributions("وقال وزير المالية الأردني إن الحكومة ستخفض الضرائب العام المقبل.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.speaker()).isEqualTo("وزير المالية الأردني");
            assertThat(f.verb()).isEqualTo("وقال");
            assertThat(f.content()).isEqualTo("الحكومة ستخفض الضرائب العام المقبل");
            assertThat(f.mode()).isEqualTo(Mode.INDIRECT);
            assertThat(f.rule()).isEqualTo("verb-complementizer");
        });
    }

    @Test
    void speakerStopsAtAdjunctsOfTimeAndMedium() {
        List<Found> found = attributions(
                "أكدت وزارة الصحة المغربية في بيان أمس الثلاثاء أن عدد الإصابات تراجع.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.speaker()).isEqualTo("وزارة الصحة المغربية");
            assertThat(f.content()).isEqualTo("عدد الإصابات تراجع");
        });
    }

    @Test
    void presentTenseFeminineVerb() {
        List<Found> found = attributions("تقول المنظمة إنها وثقت مئات الانتهاكات خلال العام.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.speaker()).isEqualTo("المنظمة");
            assertThat(f.content()).isEqualTo("وثقت مئات الانتهاكات خلال العام");
        });
    }

    @Test
    void subjectFirst() {
        List<Found> found = attributions("الحكومة اليمنية أكدت أن المفاوضات ستستأنف الأسبوع المقبل.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.speaker()).isEqualTo("الحكومة اليمنية");
            assertThat(f.content()).isEqualTo("المفاوضات ستستأنف الأسبوع المقبل");
        });
    }

    @Test
    void directQuotationAfterColon() {
        List<Found> found = attributions("وقال رئيس البلدية: «لن نسمح بتكرار ما حدث في الحي القديم».");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.speaker()).isEqualTo("رئيس البلدية");
            assertThat(f.content()).isEqualTo("لن نسمح بتكرار ما حدث في الحي القديم");
            assertThat(f.mode()).isEqualTo(Mode.DIRECT);
        });
    }

    @Test
    void colonSpeechWithoutMarksIsDirect() {
        List<Found> found = attributions("وأضاف المبعوث الأممي: نحن نعمل مع كل الأطراف من أجل وقف القتال.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.speaker()).isEqualTo("المبعوث الأممي");
            assertThat(f.content()).isEqualTo("نحن نعمل مع كل الأطراف من أجل وقف القتال");
            assertThat(f.mode()).isEqualTo(Mode.DIRECT);
        });
    }

    @Test
    void mixedWhenIndirectContentHoldsAQuotedFragment() {
        List<Found> found = attributions(
                "وأكد المتحدث باسم الجيش أن القوات \"صدت هجوما واسعا\" على مواقعها شمال المدينة.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.speaker()).isEqualTo("المتحدث باسم الجيش");
            assertThat(f.mode()).isEqualTo(Mode.MIXED);
        });
    }

    @Test
    void participleContinuesWithTheSameSpeaker() {
        List<Found> found = attributions(
                "وقال وزير الخارجية الفرنسي إن بلاده تدعم الحوار، مضيفا أن العقوبات ستبقى قائمة.");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).content()).isEqualTo("بلاده تدعم الحوار");
        assertThat(found.get(1).verb()).isEqualTo("مضيفا");
        assertThat(found.get(1).speaker()).isEmpty();
        assertThat(found.get(1).speakerName()).isEqualTo("وزير الخارجية الفرنسي");
        assertThat(found.get(1).content()).isEqualTo("العقوبات ستبقى قائمة");
    }

    @Test
    void implicitSpeakerAgreesInGender() {
        List<Found> found = attributions("قالت الوزيرة إن الخطة جاهزة. وقال المدير إن التمويل متوفر. "
                + "وأضافت أن التنفيذ يبدأ في الربيع.");
        assertThat(found).hasSize(3);
        assertThat(found.get(2).speaker()).isEmpty();
        assertThat(found.get(2).speakerName()).isEqualTo("الوزيرة");
    }

    @Test
    void quotationThenVerb() {
        List<Found> found = attributions("«الوضع تحت السيطرة تماما»، قال قائد الشرطة للصحفيين.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.speaker()).isEqualTo("قائد الشرطة");
            assertThat(f.content()).isEqualTo("الوضع تحت السيطرة تماما");
            assertThat(f.mode()).isEqualTo(Mode.DIRECT);
            assertThat(f.rule()).isEqualTo("quote-verb");
        });
    }

    @Test
    void accordingToBeforeTheContent() {
        List<Found> found = attributions("وبحسب الأمم المتحدة، فإن نصف السكان يحتاجون إلى مساعدات غذائية.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.verb()).isEqualTo("وبحسب");
            assertThat(f.speaker()).isEqualTo("الأمم المتحدة");
            assertThat(f.content()).isEqualTo("نصف السكان يحتاجون إلى مساعدات غذائية");
        });
    }

    @Test
    void accordingToAfterTheContent() {
        List<Found> found = attributions("وارتفعت أسعار القمح بنسبة عشرين في المئة، بحسب الوزير.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.speaker()).isEqualTo("الوزير");
            assertThat(f.content()).isEqualTo("وارتفعت أسعار القمح بنسبة عشرين في المئة");
        });
    }

    @Test
    void dataAreNotASpeaker() {
        assertThat(attributions("ووفقا للإحصاءات الرسمية، تراجع عدد السياح هذا العام.")).isEmpty();
    }

    @Test
    void reportedThroughAnAgencyWithMasdar() {
        List<Found> found = attributions(
                "ونقلت وكالة الأنباء الرسمية عن رئيس الوزراء قوله: «الاقتصاد يتعافى بثبات».");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.verb()).isEqualTo("قوله");
            assertThat(f.speaker()).isEqualTo("رئيس الوزراء");
            assertThat(f.content()).isEqualTo("الاقتصاد يتعافى بثبات");
        });
    }

    @Test
    void governedPrepositionsMarkTheContent() {
        List<Found> called = attributions("ودعا الأمين العام الأطراف إلى وقف فوري لإطلاق النار.");
        assertThat(called).singleElement().satisfies(f -> assertThat(f.content()).isEqualTo("وقف فوري لإطلاق النار"));
        List<Found> demanded = attributions("وطالب المحتجون بإطلاق سراح المعتقلين.");
        assertThat(demanded).singleElement().satisfies(f -> {
            assertThat(f.speaker()).isEqualTo("المحتجون");
            assertThat(f.content()).isEqualTo("بإطلاق سراح المعتقلين");
        });
    }

    @Test
    void headlineWithColonAndNoVerb() {
        Report report = Report.ofText("t", "وزير الطاقة: الأسعار لن ترتفع هذا الصيف\nنص الخبر.");
        List<Attribution> found = PIPELINE.analyse(report).of(MentionKind.ATTRIBUTION, Attribution.class);
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.headline()).isTrue();
            assertThat(a.verb()).isEmpty();
            assertThat(a.speakerAsWritten().orElseThrow().of(report.text())).isEqualTo("وزير الطاقة");
            assertThat(a.span().of(report.text())).isEqualTo("الأسعار لن ترتفع هذا الصيف");
            assertThat(a.mode()).isEqualTo(Mode.DIRECT);
        });
    }

    @Test
    void aDocumentSpeaksForItsIssuer() {
        List<Found> found = attributions("وذكر بيان لوزارة الداخلية أن الشرطة أوقفت ثلاثة مشتبه بهم. "
                + "وأضاف البيان أن التحقيقات مستمرة.");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).speaker()).isEqualTo("بيان لوزارة الداخلية");
        assertThat(found.get(0).speakerName()).isEqualTo("وزارة الداخلية");
        assertThat(found.get(1).speaker()).isEqualTo("البيان");
        assertThat(found.get(1).speakerName()).isEqualTo("وزارة الداخلية");
    }

    @Test
    void announcingAnObjectIsAStatement() {
        List<Found> found = attributions("وأعلن الرئيس الموريتاني، أمس، تشكيل حكومة جديدة.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.speaker()).isEqualTo("الرئيس الموريتاني");
            assertThat(f.content()).isEqualTo("تشكيل حكومة جديدة");
            assertThat(f.rule()).isEqualTo("verb-object");
        });
    }

    @Test
    void impersonalBackgroundIsNotAStatement() {
        assertThat(attributions("يذكر أن المدينة شهدت احتجاجات مماثلة العام الماضي.")).isEmpty();
    }

    @Test
    void aNounThatLooksLikeAVerbIsNotAStatement() {
        assertThat(attributions("زاد عدد الزوار إلى مليون زائر هذا العام.")).isEmpty();
        assertThat(attributions("وقرأ طالب في الجامعة كتابا عن التاريخ.")).isEmpty();
    }

    @Test
    void quotationOverSeveralSentencesIsOneStatement() {
        List<Found> found = attributions(
                "وقال المدرب: «لعبنا بشكل جيد. لكننا لم نستغل الفرص. سنعود أقوى».");
        assertThat(found).singleElement().satisfies(f ->
                assertThat(f.content()).isEqualTo("لعبنا بشكل جيد. لكننا لم نستغل الفرص. سنعود أقوى"));
    }

    @Test
    void unclosedQuotationEndsAtItsParagraph() {
        List<Found> found = attributions("وقال النائب: «هذا القانون لن يمر\nوفي سياق آخر، ارتفعت الأسعار.");
        assertThat(found).singleElement().satisfies(f -> assertThat(f.content()).isEqualTo("هذا القانون لن يمر"));
    }

    @Test
    void namingWithMaIsNotAStatement() {
        List<Found> found = attributions("وقال الوزير إن الحكومة ستواجه ما وصفه بالفساد المنظم.");
        assertThat(found).singleElement().satisfies(f -> assertThat(f.verb()).isEqualTo("وقال"));
    }
}
