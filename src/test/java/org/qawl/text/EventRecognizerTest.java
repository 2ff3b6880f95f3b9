package org.qawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qawl.ingest.Report;
import org.qawl.resolve.ActorMentionRecognizer;
import org.qawl.resolve.Gazetteer;
import org.qawl.resolve.GazetteerNames;

/**
 * Event words in news sentences, one family of event types at a time, and words that look like
 * triggers but name no event. Sentences written for these tests.
 */
class EventRecognizerTest {
    private static final Pipeline PIPELINE = Pipeline.standard().then(new EventTriggersTest.NoActors())
            .then(EventRecognizer.load());

    // --- protest and unrest ---

    @Test
    void protestsAndAStrike() {
        String text = "تظاهر مئات الطلاب أمس أمام مقر الوزارة احتجاجا على رفع الرسوم، فيما دخل عمال الموانئ في إضراب مفتوح.";

        assertThat(events(text)).containsExactly("تظاهر: Protest", "احتجاجا: Protest", "إضراب: Strike");
    }

    @Test
    void unrestAndAHungerStrike() {
        String text = "وتشهد البلاد احتجاجات واضطرابات منذ أسبوع، وأضرب المعتقلون عن الطعام.";

        assertThat(events(text)).containsExactly("احتجاجات واضطرابات: Protest", "وأضرب المعتقلون عن الطعام: Strike");
    }

    @Test
    void clashesAndRiots() {
        String text = "واندلعت اشتباكات بين المحتجين وقوات الأمن تخللتها أعمال شغب ونهب في وسط المدينة.";

        assertThat(events(text)).containsExactly("اشتباكات: Riot", "أعمال شغب: Riot");
    }

    // --- violence and its toll ---

    @Test
    void anAttackAndACarBomb() {
        String text = "وهاجم مسلحون نقطة تفتيش للشرطة فجر اليوم، فيما انفجرت سيارة مفخخة قرب السوق المركزي.";

        assertThat(events(text)).containsExactly("وهاجم: Attack", "سيارة مفخخة: Attack");
    }

    @Test
    void killedAndWoundedWithTheirFigures() {
        String text = "وأسفر الهجوم عن مقتل خمسة أشخاص وإصابة ثلاثة آخرين بجروح.";

        assertThat(events(text)).containsExactly("الهجوم: Attack", "مقتل: Casualties",
                "وإصابة ثلاثة آخرين بجروح: Casualties");
    }

    @Test
    void aDeathToldWithAnAttachedPronoun() {
        String text = "ولقي سائق الشاحنة مصرعه في حادث سير على الطريق الدولي.";

        assertThat(events(text)).containsExactly("مصرعه: Casualties");
    }

    @Test
    void arrests() {
        String text = "وألقت الشرطة القبض على ثلاثة مشتبه بهم، وجرى اعتقالهم في منزل بضواحي المدينة.";

        assertThat(events(text)).containsExactly("القبض على: Arrest", "اعتقالهم: Arrest");
    }

    // --- the state and its officials ---

    @Test
    void stateOfEmergencyAndCurfew() {
        String text = "وأعلن الرئيس حالة الطوارئ في البلاد وفرض حظر التجول ليلا لمدة أسبوعين.";

        assertThat(events(text)).containsExactly("حالة الطوارئ: StateOfEmergency", "حظر التجول: StateOfEmergency");
    }

    @Test
    void theGovernmentResigns() {
        String text = "وقبل الرئيس استقالة الحكومة وكلف الوزراء بتسيير الأعمال إلى حين تشكيل حكومة جديدة.";

        assertThat(events(text)).containsExactly("استقالة الحكومة: GovernmentResignation",
                "تشكيل حكومة: Appointment");
    }

    @Test
    void anAppointmentAndAnOathOfOffice() {
        String text = "وصدر أمر ملكي بتعيين سفير جديد لدى فرنسا، وأدى اليمين أمام الملك أمس.";

        assertThat(events(text)).containsExactly("بتعيين: Appointment", "وأدى اليمين: Appointment");
    }

    // --- diplomacy ---

    @Test
    void aMeetingAndASummit() {
        String text = "وعقد وزراء الخارجية العرب اجتماعا طارئا في القاهرة تمهيدا للقمة العربية المقبلة.";

        assertThat(events(text)).containsExactly("اجتماعا: Meeting", "للقمة العربية: Meeting");
    }

    @Test
    void aPhoneCall() {
        String text = "وتلقى ولي العهد اتصالا هاتفيا من رئيس الوزراء البريطاني بحثا خلاله العلاقات الثنائية.";

        assertThat(events(text)).containsExactly("اتصالا هاتفيا: PhoneCall");
    }

    @Test
    void aVisitWithAPrepositionAndAnotherWithAPronoun() {
        String text = "ويقوم وزير الخارجية بزيارة رسمية إلى موسكو. وخلال زيارته التقى الرئيس الروسي.";

        assertThat(events(text)).containsExactly("بزيارة: Visit", "زيارته: Visit", "التقى: Meeting");
    }

    @Test
    void anInvestigation() {
        String text = "وفتحت النيابة العامة تحقيقا في ملابسات الحادث، وقالت إن التحقيقات ما زالت جارية.";

        assertThat(events(text)).containsExactly("تحقيقا في: Investigation", "التحقيقات: Investigation");
    }

    @Test
    void aCounterTerrorismOperation() {
        String text = "وأعلنت وزارة الداخلية إطلاق عملية لمكافحة الإرهاب تمكنت خلالها من تحييد خلية إرهابية.";

        assertThat(events(text)).containsExactly("عملية لمكافحة الإرهاب: CounterTerrorismOperation",
                "تحييد خلية: CounterTerrorismOperation");
    }

    // --- prices ---

    @Test
    void pricesRiseFallAreFrozenAndFreed() {
        String text = "وشهدت الأسواق ارتفاعا حادا في أسعار الخبز. وقررت الحكومة خفض أسعار الغاز المسال. "
                + "وأعلنت الوزارة تجميد أسعار السلع الأساسية. وبدأ تحرير أسعار الوقود مطلع العام.";

        assertThat(events(text)).containsExactly("ارتفاعا حادا في أسعار: PriceRise", "خفض أسعار: PriceCut",
                "تجميد أسعار: PriceFreeze", "تحرير أسعار: PriceLiberalization");
    }

    // --- communications, forces, appeals ---

    @Test
    void theInternetIsCut() {
        String text = "وأفاد سكان بانقطاع خدمة الإنترنت عن معظم أحياء العاصمة منذ الصباح.";

        assertThat(events(text)).containsExactly("بانقطاع خدمة الإنترنت: InternetShutdown");
    }

    @Test
    void forcesDeployedAndWithdrawn() {
        String text = "وبدأ نشر قوات حفظ السلام على الحدود. وأعلن الجيش انسحاب وحداته من المدينة.";

        assertThat(events(text)).containsExactly("نشر قوات: Deployment", "انسحاب: Withdrawal");
    }

    @Test
    void anAppealForHelp() {
        String text = "وتقدمت الحكومة بطلب المساعدة من الدول المجاورة لمواجهة الفيضانات.";

        assertThat(events(text)).containsExactly("بطلب المساعدة: RequestForAssistance");
    }

    @Test
    void sanctions() {
        String text = "وفرض الاتحاد الأوروبي عقوبات جديدة على شركات النفط والبنوك.";

        assertThat(events(text)).containsExactly("عقوبات: Sanctions");
    }

    // --- politics, truces, deals, coups ---

    @Test
    void anElection() {
        String text = "ويتوجه الناخبون يوم الأحد إلى صناديق الاقتراع في الانتخابات البرلمانية.";

        assertThat(events(text)).containsExactly("الاقتراع: Election", "الانتخابات: Election");
    }

    @Test
    void aCeasefireAgreed() {
        String text = "ودخل اتفاق لوقف إطلاق النار حيز التنفيذ منتصف الليل بعد هدنة قصيرة.";

        // «لوقف» is «وقف» after a preposition: a ceasefire, not «إطلاق النار» (shooting)
        assertThat(events(text)).containsExactly("اتفاق: Agreement", "لوقف إطلاق النار: Ceasefire",
                "هدنة: Ceasefire");
    }

    @Test
    void anAgreementSigned() {
        String text = "ووقع البلدان مذكرة تفاهم للتعاون في مجال الطاقة المتجددة.";

        assertThat(events(text)).containsExactly("مذكرة تفاهم: Agreement");
    }

    @Test
    void aCoupAttempt() {
        String text = "وأحبط الجيش محاولة انقلاب دبرها ضباط متقاعدون.";

        assertThat(events(text)).containsExactly("محاولة انقلاب: CoupAttempt");
    }

    // --- words that look like triggers but name no event here ---

    @Test
    void anOverturnedCarIsNoCoup() {
        String text = "ولقي السائق حتفه إثر انقلاب سيارته على الطريق السريع.";

        assertThat(events(text)).containsExactly("حتفه: Casualties");
    }

    @Test
    void aSleepDisorderIsNoUnrestAndHitIsNoStrike() {
        String text = "ويعاني كثيرون من اضطرابات النوم بعد الإجازة. وقال المدرب للاعبيه: اضرب بقوة.";

        assertThat(events(text)).isEmpty();
    }

    @Test
    void publishingIsNoDeployment() {
        String text = "ونشر الموقع صورا للقوات وهي تعبر النهر، ونشرت الصحيفة تقريرا عن الجنود.";

        assertThat(events(text)).isEmpty();
    }

    @Test
    void aPeakIsNoSummit() {
        String text = "ووصل المتسلقون إلى قمة الجبل، فيما كان الفريق في قمة مستواه.";

        assertThat(events(text)).isEmpty();
    }

    @Test
    void achievingIsNoInvestigation() {
        String text = "ويسعى الفريق إلى تحقيق الفوز في المباراة، حرصا على تحقيقها مع جماهيره.";

        assertThat(events(text)).isEmpty();
    }

    @Test
    void communicationIsNoPhoneCall() {
        String text = "وتطورت وسائل الاتصال الحديثة، وبقي المسافر على اتصال مع عائلته.";

        assertThat(events(text)).isEmpty();
    }

    @Test
    void atTheRequestOfIsNoAppealForHelp() {
        String text = "وجاءت مشاركة الفرقة في المهرجان بطلب من أمير المنطقة وبدعوة من البلدية.";

        assertThat(events(text)).isEmpty();
    }

    @Test
    void aTriggerInsideAnActorsNameIsNoEvent() {
        Gazetteer gazetteer = Gazetteer.load();
        Pipeline withNames = Pipeline.standard(GazetteerNames.of(gazetteer))
                .then(new ActorMentionRecognizer(gazetteer)).then(EventRecognizer.load());
        String text = "وقالت لجنة الانتخابات إنها تتابع القضية عن كثب.";

        assertThat(events(withNames, text)).isEmpty();
        assertThat(events(text)).containsExactly("الانتخابات: Election");
    }

    @Test
    void sociologyAndTheMeetingRoomAreNoMeeting() {
        String text = "وقال أستاذ علم الاجتماع إن الظاهرة جديدة، وعقد المجلس اجتماعا في قاعة الاجتماعات بالمبنى.";

        assertThat(events(text)).containsExactly("اجتماعا: Meeting");
    }

    @Test
    void friendlyAndCountedMatchesAreNoClashes() {
        String text = "ويخوض الفريق أربع مواجهات ودية في المعسكر، وفاز في مواجهات الدوري الثلاث. واندلعت مواجهات عنيفة بين المحتجين والشرطة.";

        assertThat(events(text)).containsExactly("مواجهات: Riot");
    }

    @Test
    void thePenaltiesOfALawAreNoSanctions() {
        String text = "ونصت المادة على تطبيق أشد العقوبات على المخالفين وفق قانون العقوبات، فيما رفعت الدول الكبرى العقوبات عن البلاد.";

        assertThat(events(text)).containsExactly("العقوبات: Sanctions");
    }

    @Test
    void aVerbalAttackAndAFootballClubNamedAgreementAreNoEvents() {
        String text = "وشن النائب هجوما حادا على الحكومة. وقال مدرب الاتفاق إن خط الهجوم يحتاج إلى تدعيم.";

        assertThat(events(text)).isEmpty();
    }

    @Test
    void aBureauOfInvestigationIsNoInquiry() {
        String text = "وأعلن المكتب الوطني للتحقيقات أنه فتح تحقيقا في الحادث.";

        assertThat(events(text)).containsExactly("فتح تحقيقا: Investigation");
    }

    private static List<String> events(String text) {
        return events(PIPELINE, text);
    }

    private static List<String> events(Pipeline pipeline, String text) {
        return pipeline.analyse(Report.ofText("r", text)).of(MentionKind.EVENT, EventMention.class).stream()
                .map(e -> e.span().of(text) + ": " + e.kind()).toList();
    }
}
