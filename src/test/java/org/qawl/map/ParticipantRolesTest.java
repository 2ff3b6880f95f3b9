package org.qawl.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qawl.map.ParticipantRoles.Kind;
import org.qawl.map.ParticipantRoles.Named;
import org.qawl.text.Span;

/**
 * The part of each name in one sentence, given the event's words ({@code [ ]}) and the names
 * ({@code { }}, optionally {@code {written|kind|label}}: kind person, body, force, country,
 * place; label when a proclitic is written before a name, «{لمجلس الأمن|body|مجلس الأمن}»).
 * A name no rule decides shows as «-». Sentences written for these tests in the style of news
 * reports.
 */
class ParticipantRolesTest {
    private static final ParticipantRoles ROLES = ParticipantRoles.load();

    // --- agent and target ---

    @Test
    void theSubjectAfterAVerbDoesItAndTheNameAfterItUndergoesIt() {
        assertThat(parts("Arrest", "[اعتقلت] {الشرطة} {الناشط أحمد علي|person} فجر اليوم في العاصمة."))
                .containsExactly(entry("الشرطة", "agent"), entry("الناشط أحمد علي|person", "target"));
    }

    @Test
    void theGenitiveOfAnArrestIsTheArrestedAndTheAnnouncerIsNoParty() {
        assertThat(parts("Arrest", "وأعلنت {وزارة الداخلية} أنه تم [اعتقال] {الناشط أحمد علي|person} أمس."))
                .containsExactly(entry("وزارة الداخلية", "-"), entry("الناشط أحمد علي|person", "target"));
    }

    @Test
    void anAttackOnANameAndTheOneWhoCarriedItOut() {
        assertThat(parts("Attack", "وأدان {الرئيس|person} [الهجوم] على {الجيش اللبناني|force} الذي شنه {تنظيم داعش} أمس."))
                .containsExactly(entry("الرئيس|person", "-"), entry("الجيش اللبناني|force", "target"),
                        entry("تنظيم داعش", "agent"));
    }

    @Test
    void theSubjectOfASupportVerbLaunchesTheRaids() {
        assertThat(parts("Attack", "وشنت {إسرائيل|country} [غارات] جوية على {حركة حماس} ليل الأحد."))
                .containsExactly(entry("إسرائيل|country", "agent"), entry("حركة حماس", "target"));
    }

    @Test
    void thePassiveAgentAfterMinQibalOrAlaYad() {
        assertThat(parts("Attack", "ونفذ [الهجوم] على يد {جماعة مسلحة} تنشط في المنطقة."))
                .containsExactly(entry("جماعة مسلحة", "agent"));
        assertThat(parts("Attack", "وقع [الاعتداء] من قبل {عناصر الميليشيا} قرب الحدود."))
                .containsExactly(entry("عناصر الميليشيا", "agent"));
    }

    @Test
    void whoSuffersAnAttackIsItsTarget() {
        assertThat(parts("Attack", "وكانت {السفارة الفرنسية} قد تعرضت [لهجوم] بسيارة مفخخة."))
                .containsExactly(entry("السفارة الفرنسية", "target"));
    }

    @Test
    void whoIssuesTheDecreeAppointsAndTheGenitiveIsAppointed() {
        assertThat(parts("Appointment", "وأصدر {الملك|person} أمرا ملكيا [بتعيين] {الأمير محمد|person} وليا للعهد."))
                .containsExactly(entry("الملك|person", "agent"), entry("الأمير محمد|person", "target"));
    }

    @Test
    void theVisitorAndTheHostTheCityVisitedIsOnlyAPlace() {
        assertThat(parts("Visit", "وتأتي [زيارة] {الرئيس الفرنسي|person} إلى {الجزائر|country} بعد أشهر من التوتر."))
                .containsExactly(entry("الرئيس الفرنسي|person", "agent"), entry("الجزائر|country", "target"));
        assertThat(parts("Visit", "[وزار] {وزير الخارجية|person} {القاهرة|place} أمس."))
                .containsExactly(entry("وزير الخارجية|person", "agent"), entry("القاهرة|place", "-"));
    }

    @Test
    void sanctionsImposedOnACountry() {
        assertThat(parts("Sanctions", "وفرضت {الولايات المتحدة|country} [عقوبات] جديدة على {إيران|country}."))
                .containsExactly(entry("الولايات المتحدة|country", "agent"), entry("إيران|country", "target"));
    }

    @Test
    void protestersAndWhatTheyProtestAgainst() {
        assertThat(parts("Protest", "[وتظاهر] {أنصار المعارضة} أمام البرلمان."))
                .containsExactly(entry("أنصار المعارضة", "agent"));
        assertThat(parts("Protest", "وخرجت [احتجاجات] ضد {الحكومة} في عدة مدن."))
                .containsExactly(entry("الحكومة", "target"));
    }

    @Test
    void theSubjectWasGivenBeforeTheVerbSoTheNameAfterItIsTheArrested() {
        assertThat(parts("Arrest", "وقالت {الشرطة} إنها [اعتقلت] {زعيم العصابة|person} في مداهمة."))
                .containsExactly(entry("الشرطة", "-"), entry("زعيم العصابة|person", "target"));
    }

    @Test
    void whoOpensAnInquiryAndWhoIsQuestioned() {
        assertThat(parts("Investigation", "وفتحت {النيابة العامة} [تحقيقا] مع {رئيس البلدية|person} بتهمة الفساد."))
                .containsExactly(entry("النيابة العامة", "agent"), entry("رئيس البلدية|person", "target"));
    }

    @Test
    void whoSurvivesAnAttemptIsItsTargetAndWhoClaimsItIsTheAgent() {
        assertThat(parts("CoupAttempt", "وأكد أن {الرئيس|person} نجا من [محاولة انقلاب] فاشلة."))
                .containsExactly(entry("الرئيس|person", "target"));
        assertThat(parts("Attack", "وتبنى {تنظيم داعش} مسؤوليته عن [الهجوم] على نقطة التفتيش."))
                .containsExactly(entry("تنظيم داعش", "agent"));
    }

    @Test
    void aPersonAfterAVerbThatReadsAlsoAsAPassiveIsLeftUndecided() {
        assertThat(parts("Arrest", "[واعتقل] {الناشط الحقوقي أحمد علي|person} من منزله فجر اليوم."))
                .containsExactly(entry("الناشط الحقوقي أحمد علي|person", "-"));
    }

    // --- requests ---

    @Test
    void whoAsksForHelpAndWhomItIsAskedOf() {
        assertThat(parts("RequestForAssistance", "[وطلبت {الحكومة الليبية} المساعدة] من {الاتحاد الأوروبي} لمواجهة الفيضانات."))
                .containsExactly(entry("الحكومة الليبية", "requester"), entry("الاتحاد الأوروبي", "target"));
        assertThat(parts("RequestForAssistance", "واضطر {الرئيس|person} إلى [توجيه نداء] إلى {الأمم المتحدة} لإرسال مساعدات."))
                .containsExactly(entry("الرئيس|person", "requester"), entry("الأمم المتحدة", "target"));
    }

    @Test
    void theGenitiveOfTheHelpAskedForIsNoPartAndARequestInAnotherClauseIsNoRequester() {
        assertThat(parts("RequestForAssistance", "وقد [طلبت {جيبوتي|country} مساعدة] {المجتمع الدولي} بعد وصول اللاجئين."))
                .containsExactly(entry("جيبوتي|country", "requester"), entry("المجتمع الدولي", "-"));
        assertThat(parts("RequestForAssistance", "ثم تراجع عنها بطلب من {الحكومة}، ومن ثم [طلب المساعدة] من {المملكة|country}."))
                .containsExactly(entry("الحكومة", "-"), entry("المملكة|country", "target"));
    }

    @Test
    void forcesSentAtTheRequestOfAGovernment() {
        assertThat(parts("Deployment", "[وأرسلت {روسيا|country} قوات] إلى المنطقة بطلب من {الحكومة السورية}."))
                .containsExactly(entry("روسيا|country", "agent"), entry("الحكومة السورية", "requester"));
    }

    @Test
    void theForceSentIsNoPartyButTheOrganizationItBelongsToSendsIt() {
        assertThat(parts("Deployment", "وبدأ [نشر {قوات] حفظ السلام|force} التابعة {للأمم المتحدة|body|الأمم المتحدة} في الإقليم."))
                .containsExactly(entry("قوات] حفظ السلام|force", "-"), entry("للأمم المتحدة|body|الأمم المتحدة", "agent"));
    }

    // --- symmetric events ---

    @Test
    void theCallerIsTheAgentAndTheOneCalledAParty() {
        assertThat(parts("PhoneCall", "وأجرى {ولي العهد|person} [اتصالا هاتفيا] مع {الرئيس الأمريكي|person} بحثا خلاله الأوضاع."))
                .containsExactly(entry("ولي العهد|person", "agent"), entry("الرئيس الأمريكي|person", "party"));
        assertThat(parts("PhoneCall", "وتلقى {الرئيس|person} [اتصالا هاتفيا] من {رئيس الوزراء البريطاني|person}."))
                .containsExactly(entry("الرئيس|person", "party"), entry("رئيس الوزراء البريطاني|person", "agent"));
        assertThat(parts("PhoneCall", "كما [اتصل] {وزير الدفاع|person}، {بنظيره الأمريكي|person}، لبحث الأزمة."))
                .containsExactly(entry("وزير الدفاع|person", "agent"), entry("بنظيره الأمريكي|person", "party"));
    }

    @Test
    void bothSidesOfACallOrAClashJoinedByWaw() {
        assertThat(parts("PhoneCall", "وجرى [اتصال هاتفي] بين {الرئيس المصري|person} {ونظيره الفرنسي|person|إيمانويل ماكرون}."))
                .containsExactly(entry("الرئيس المصري|person", "party"), entry("ونظيره الفرنسي|person|إيمانويل ماكرون", "party"));
        assertThat(parts("Riot", "واندلعت [اشتباكات] بين {الجيش|force} {والمتمردين} شمال البلاد."))
                .containsExactly(entry("الجيش|force", "party"), entry("والمتمردين", "party"));
    }

    @Test
    void whoMeetsWhomAndTheBodyThatMeets() {
        assertThat(parts("Meeting", "[والتقى] {وزير الخارجية|person} {نظيره الروسي|person} في موسكو."))
                .containsExactly(entry("وزير الخارجية|person", "party"), entry("نظيره الروسي|person", "party"));
        assertThat(parts("Meeting", "وخلال [اجتماع] {لمجلس الأمن|body|مجلس الأمن} بقيادة {روسيا|country} أمس."))
                .containsExactly(entry("لمجلس الأمن|body|مجلس الأمن", "party"), entry("روسيا|country", "-"));
    }

    @Test
    void theSidesThatSignAnAgreement() {
        assertThat(parts("Agreement", "ووقعت {الحكومة} {والمعارضة} [اتفاقا] لتقاسم السلطة."))
                .containsExactly(entry("الحكومة", "party"), entry("والمعارضة", "party"));
    }

    // --- no rule, no part ---

    @Test
    void typesWithoutPartsDecideNothing() {
        assertThat(parts("Casualties", "[وقتل] {جندي|person} في الهجوم.")).containsExactly(entry("جندي|person", "-"));
        assertThat(parts("PriceRise", "وأعلنت {الحكومة} [ارتفاع أسعار] الوقود.")).containsExactly(entry("الحكومة", "-"));
    }

    @Test
    void aSupportVerbDoesNotReachIntoAnotherClause() {
        assertThat(parts("Attack", "وأعلن {الجيش|force} أن [الهجوم] أسفر عن خسائر."))
                .containsExactly(entry("الجيش|force", "-"));
    }

    @Test
    void aNameAfterAPrepositionIsNoSubject() {
        assertThat(parts("Attack", "وأفادت تقارير بأن محتجين غاضبين في {المدينة|country} [اقتحموا] مبنى البلدية."))
                .containsExactly(entry("المدينة|country", "-"));
    }

    @Test
    void aNameFarFromTheEventWordsStaysPlain() {
        assertThat(parts("Attack", "[وهاجم] مسلحون مقرا يستخدمه {الرئيس|person} في العاصمة."))
                .containsExactly(entry("الرئيس|person", "-"));
    }

    @Test
    void theObjectOfADismissalIsNoDoerOfTheStateOfEmergencyThatFollows() {
        assertThat(parts("StateOfEmergency", "ما دفع الرئيس إلى إقالة {الحكومة} وإعلان [حالة الطوارئ] في البلاد."))
                .containsExactly(entry("الحكومة", "-"));
    }

    @Test
    void theCircumstanceAfterAlaIsNoTarget() {
        assertThat(parts("Protest", "وخرجت [مظاهرات] على خلفية قرار {الحكومة} رفع الأسعار."))
                .containsExactly(entry("الحكومة", "-"));
    }

    @Test
    void aDefiniteWordOrAPlaceBetweenTheCueAndTheNameLeavesItUndecided() {
        assertThat(parts("Attack", "وواصل الكاتب [الهجوم] على المملكة {كعضو} في الجماعة."))
                .containsExactly(entry("كعضو", "-"));
        assertThat(parts("Attack", "وسقط قتلى في [غارات] شنها طيران التحالف على إب وسط {اليمن|country}."))
                .containsExactly(entry("اليمن|country", "-"));
    }

    @Test
    void aRelativeClauseFarFromTheEventBelongsToAnotherEvent() {
        assertThat(parts("Investigation", "وكشفت [التحقيقات] التي تجريها السلطات في عملية التفجير التي نفذها {تنظيم داعش} تورط عناصر."))
                .containsExactly(entry("تنظيم داعش", "-"));
    }

    @Test
    void aSupportVerbWithItsOwnObjectDoesNotReachTheEvent() {
        assertThat(parts("Protest", "وأقر المجلس إصلاحات أعلنها {رئيس الحكومة|person}، ردا على [احتجاجات] ضد الفساد."))
                .containsExactly(entry("رئيس الحكومة|person", "-"));
        assertThat(parts("Visit", "وأثنى المجلس على إعلان {القاهرة|country} الصادر بمناسبة [الزيارة]."))
                .containsExactly(entry("القاهرة|country", "-"));
    }

    @Test
    void aDeclarationThatASenatorOpposesAnAgreementMakesHimNoParty() {
        assertThat(parts("Agreement", "وأصبح أول {سناتور|person} يعلن معارضته [للاتفاق] النووي."))
                .containsExactly(entry("سناتور|person", "-"));
        assertThat(parts("Meeting", "دعا الرئيس [لعقد قمة] استثنائية تخصص {لفلسطين|country|فلسطين} والقدس."))
                .containsExactly(entry("لفلسطين|country|فلسطين", "-"));
        assertThat(parts("Agreement", "ومن يدري فقد لا يكون [الاتفاق] النووي والعلاقات مع {كوبا|country} كافية."))
                .containsExactly(entry("كوبا|country", "-"));
    }

    /**
     * The part of each marked name (key: the markup inside the braces), in text order. Brackets
     * mark the event's words and may hold names; a name may start inside the brackets.
     */
    private static Map<String, String> parts(String type, String marked) {
        StringBuilder text = new StringBuilder();
        int[] trigger = {-1, -1};
        List<Named> names = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '{') {
                int close = marked.indexOf('}', i);
                String inside = marked.substring(i + 1, close);
                String[] fields = inside.split("\\|");
                int start = text.length();
                fields[0].chars().forEach(w -> append(text, (char) w, trigger));
                String written = text.substring(start);
                Kind kind = fields.length > 1 ? Kind.valueOf(fields[1].toUpperCase(Locale.ROOT)) : Kind.BODY;
                names.add(new Named(new Span(start, text.length()), kind, fields.length > 2 ? fields[2] : written));
                keys.add(inside);
                i = close;
            } else {
                append(text, c, trigger);
            }
        }
        String plain = text.toString();
        List<Optional<ParticipantRoles.Role>> decided = ROLES.decide(type, plain, new Span(trigger[0], trigger[1]),
                new Span(0, plain.length()), names);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            out.put(keys.get(i), decided.get(i).map(r -> r.name().toLowerCase(Locale.ROOT)).orElse("-"));
        }
        return out;
    }

    /** Appends a character of the markup to the text; a bracket marks where the event's words start or end. */
    private static void append(StringBuilder text, char c, int[] trigger) {
        if (c == '[') {
            trigger[0] = text.length();
        } else if (c == ']') {
            trigger[1] = text.length();
        } else {
            text.append(c);
        }
    }
}
