package org.qawl.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qawl.ingest.Report;
import org.qawl.text.ActorMention;
import org.qawl.text.MentionKind;
import org.qawl.text.Pipeline;

/** Where actors are named: each case is a sentence and the mentions expected in it (kind:words). */
class ActorMentionsTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final Pipeline PIPELINE = Pipeline.standard(GazetteerNames.of(GAZETTEER))
            .then(new ActorMentionRecognizer(GAZETTEER));

    private static List<String> mentions(String body) {
        String text = "عنوان\n" + body;
        return PIPELINE.analyse(Report.ofText("r", text)).of(MentionKind.ACTOR, ActorMention.class).stream()
                .map(m -> m.kind() + ":" + m.span().of(text)).toList();
    }

    @Test
    void aCapitalThatActsIsItsStateAndOneThatIsAPlaceIsTheCity() {
        assertThat(mentions("ودعت واشنطن إلى ضبط النفس.")).contains("METONYM:واشنطن");
        assertThat(mentions("وصل الوفد إلى موسكو أمس.")).contains("NAME:موسكو");
        assertThat(mentions("وقال إنه التقى الوزير بموسكو.")).contains("NAME:بموسكو");
        assertThat(mentions("الرياض - واس\nأعلنت الوزارة النتائج.")).contains("NAME:الرياض");
        assertThat(mentions("بما فيها العاصمة نور سلطان.")).contains("NAME:نور سلطان");
    }

    @Test
    void aTitleThatNamesABodyGivesTheBodyAMentionToo() {
        assertThat(mentions("وأكد رئيس مجلس الدوما الروسي فياتشيسلاف فولودين أن الوضع مستقر."))
                .contains("PERSON:رئيس مجلس الدوما الروسي فياتشيسلاف فولودين", "NAME:مجلس الدوما الروسي",
                        "NISBA:الروسي");
    }

    @Test
    void laterSurnamesOfATitledPersonAreMentions() {
        assertThat(mentions("قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مثمرة. وأضاف لافروف أن الحل سياسي."))
                .contains("PERSON:وزير الخارجية الروسي سيرغي لافروف", "NAME:لافروف");
        assertThat(mentions("قال وزير الخارجية الروسي سيرغي لافروف إن الأمر تكفي له الكلمات."))
                .noneMatch(m -> m.endsWith("تكفي"));
    }

    @Test
    void namesAfterAChainOfTitlesAndWithConnectorsAreWhole() {
        assertThat(mentions("استنكر الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور عبداللطيف بن راشد الزياني، التصريحات."))
                .contains("PERSON:الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور عبداللطيف بن راشد الزياني");
        assertThat(mentions("وتم تكليف نائب رئيس الوزراء علي خان إسماعيلوف بتولي مهام رئيس الوزراء. وقال على الفور."))
                .contains("PERSON:نائب رئيس الوزراء علي خان إسماعيلوف");
    }

    @Test
    void aNameBeforeItsTitleAfterASpeechVerbIsAPerson() {
        assertThat(mentions("وقال جو كايزر، رئيس شركة سيمنز، إن الشركة تستثمر."))
                .anyMatch(m -> m.startsWith("PERSON:جو كايزر، رئيس"));
        assertThat(mentions("وتم تكليف نائب رئيس الوزراء بالمهمة.")).noneMatch(m -> m.startsWith("PERSON:وتم"));
    }

    @Test
    void institutionsAndPlacesTheGazetteerLacksAreNamedByTheirHead() {
        assertThat(mentions("طالب رئيس اللجنة وزارة الحج بتأجيل المسار.")).contains("NAME:وزارة الحج");
        assertThat(mentions("أعلنت الهيئة العامة للاستثمار عن خطتها.")).contains("NAME:الهيئة العامة للاستثمار");
        assertThat(mentions("أعلنت عمادة القبول بجامعة الملك خالد فتح الباب.")).contains("NAME:بجامعة الملك خالد")
                .noneMatch(m -> m.startsWith("PERSON:الملك خالد"));
        assertThat(mentions("واستمرت الاشتباكات في مديرية كريتر أمس.")).contains("NAME:مديرية كريتر");
        // a definite head alone is an anaphor, and a description is no name
        assertThat(mentions("وقالت الهيئة إن الطلب زاد في منطقة زراعية.")).isEmpty();
    }

    @Test
    void everydayWordsThatAreAlsoNamesNeedTheirContext() {
        assertThat(mentions("وقدمت الحكومة دعم مالي للمزارعين.")).noneMatch(m -> m.contains("مالي"));
        assertThat(mentions("وقتل جنود في مالي أمس.")).contains("NAME:مالي");
        assertThat(mentions("وبعد صلاة المغرب تجمع الناس.")).noneMatch(m -> m.contains("المغرب"));
        assertThat(mentions("ووصل الوفد إلى المغرب.")).contains("NAME:المغرب");
        assertThat(mentions("وصلت قوافل الحجاج للحج هذا العام.")).isEmpty(); // «لحج» is a Yemeni governorate
        assertThat(mentions("وصعد الفريق إلى الجبل.")).isEmpty(); // no skeleton guess: «الجبيل»
    }

    @Test
    void aNameInQuotesOfItsOwnCanBeAnEverydayWord() {
        assertThat(mentions("وحسب «الميادين» أكد الرئيس أن الوضع مستقر.")).contains("NAME:«الميادين»");
        assertThat(mentions("وقالت الميادين إن الساحات امتلأت.")).noneMatch(m -> m.contains("الميادين"));
    }

    @Test
    void countriesInsideABodysNameAreMentionedAndBareCommonHeadsAreNot() {
        assertThat(mentions("وأعلنت وزارة الدفاع الروسية النتائج.")).contains("NAME:وزارة الدفاع الروسية", "NISBA:الروسية");
        assertThat(mentions("وقالت دول كثيرة إن قوات ستصل.")).isEmpty();
    }
}
