package org.qawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qawl.ingest.Report;
import org.qawl.text.Quantity.Qualifier;

/**
 * Numbers and what they count, in sentences written in the style of news reports. Each case
 * gives the phrase the quantity spans, its value, qualifier, unit as written and unit class.
 */
class QuantityRecognizerTest {
    private static final Pipeline PIPELINE =
            Pipeline.of(new TokenRecognizer(), TimeRecognizer.load(), QuantityRecognizer.load());

    private static List<Quantity> quantities(String text) {
        Report report = new Report("r", "t", text, Optional.of("2022-01-10"), Optional.empty(), Optional.empty(), "r");
        return PIPELINE.analyse(report).of(MentionKind.QUANTITY, Quantity.class);
    }

    /** The sentence has exactly one quantity, and it is this one. */
    private static Quantity expectOne(String text, String span, String value, Qualifier qualifier, String unit,
            String unitClass) {
        List<Quantity> found = quantities(text);
        assertThat(found).as(text).hasSize(1);
        expect(text, found.get(0), span, value, qualifier, unit, unitClass);
        return found.get(0);
    }

    private static void expect(String text, Quantity quantity, String span, String value, Qualifier qualifier,
            String unit, String unitClass) {
        assertThat(quantity.span().of(text)).as("span in «%s»", text).isEqualTo(span);
        assertThat(quantity.value()).as("value in «%s»", text).isEqualByComparingTo(new BigDecimal(value));
        assertThat(quantity.qualifier()).as("qualifier in «%s»", text).isEqualTo(qualifier);
        assertThat(quantity.unit()).as("unit in «%s»", text).isEqualTo(unit);
        assertThat(quantity.unitClass()).as("unit class in «%s»", text).isEqualTo(unitClass);
        quantity.unitSpan().ifPresent(s -> assertThat(s.of(text)).isEqualTo(unit));
    }

    private static void expectNone(String text) {
        assertThat(quantities(text)).as(text).isEmpty();
    }

    // ---- digits ---------------------------------------------------------------------------

    @Test
    void readsWesternDigitsAndANounInTheAccusative() {
        expectOne("وقال إن البعثة تضم 2030 جندياً.", "2030 جندياً", "2030", Qualifier.EXACT, "جندياً",
                "troops");
    }

    @Test
    void readsArabicIndicDigitsWithTheArabicThousandsSeparator() {
        expectOne("شارك في المؤتمر ٢٬٠٣٠ مشاركاً.", "٢٬٠٣٠ مشاركاً", "2030", Qualifier.EXACT, "مشاركاً", "person");
    }

    @Test
    void readsACommaBetweenThousands() {
        expectOne("نشرت الوزارة 2,500 شرطي في العاصمة.", "2,500 شرطي", "2500", Qualifier.EXACT, "شرطي",
                "security-personnel");
    }

    @Test
    void readsTheArabicDecimalSeparatorAndPercentSign() {
        expectOne("ارتفع التضخم بنسبة ١٫٥٪ في الربع الأخير.", "١٫٥٪", "1.5", Qualifier.EXACT, "٪", "percent");
    }

    @Test
    void readsAPercentSignTypedBeforeTheNumber() {
        expectOne("نمت المبيعات %14 مقارنة بالعام السابق.", "%14", "14", Qualifier.EXACT, "%", "percent");
    }

    @Test
    void readsPercentInWords() {
        expectOne("تراجعت الصادرات 12 في المئة.", "12 في المئة", "12", Qualifier.EXACT, "في المئة", "percent");
    }

    @Test
    void multipliesADecimalByAScaleWord() {
        expectOne("خصصت الحكومة 1.5 مليون دولار للإغاثة.", "1.5 مليون دولار", "1500000", Qualifier.EXACT,
                "دولار", "currency");
    }

    @Test
    void readsAScaleWordAfterDigits() {
        expectOne("وأكد أن 20 ألف إرهابي شاركوا في الهجوم.", "20 ألف إرهابي", "20000", Qualifier.EXACT, "إرهابي",
                "militant");
    }

    @Test
    void addsTheSmallerAmountJoinedToAScale() {
        expectOne("بلغ عدد العاطلين 23 مليون و348 ألفاً.", "23 مليون و348 ألفاً", "23348000", Qualifier.EXACT, "", "");
    }

    @Test
    void readsADotBeforeThreeDigitsAsThousandsWhenPeopleAreCounted() {
        expectOne("أفرجت السلطات عن 7.939 شخصاً.", "7.939 شخصاً", "7939", Qualifier.EXACT, "شخصاً", "person");
    }

    @Test
    void readsADotBeforeThreeDigitsInMoneyAsADecimalPointAfterOneDigitOnly() {
        expectOne("بلغ سعر الصرف 3.750 ريال للدولار.", "3.750 ريال", "3.75", Qualifier.EXACT, "ريال", "currency");
        expectOne("بيعت اللوحة بمبلغ 312.500 دولار.", "312.500 دولار", "312500", Qualifier.EXACT, "دولار",
                "currency");
    }

    @Test
    void readsADotBeforeThreeDigitsAsADecimalPointForPercentages() {
        expectOne("بلغت نسبة النمو 2.125 في المئة.", "2.125 في المئة", "2.125", Qualifier.EXACT, "في المئة", "percent");
    }

    // ---- words ----------------------------------------------------------------------------

    @Test
    void readsOnesJoinedToTensInTheNominative() {
        expectOne("قتل خمسة وعشرون شخصاً في الانفجار.", "خمسة وعشرون شخصاً", "25", Qualifier.EXACT, "شخصاً",
                "person");
    }

    @Test
    void readsTheFeminineFormOfOnes() {
        expectOne("أصيبت ثلاث نساء بجروح طفيفة.", "ثلاث نساء", "3", Qualifier.EXACT, "نساء", "person");
    }

    @Test
    void readsTeensInBothGenders() {
        expectOne("اعتقلت الشرطة أحد عشر متظاهراً.", "أحد عشر متظاهراً", "11", Qualifier.EXACT, "متظاهراً", "person");
        expectOne("حلقت خمس عشرة طائرة فوق المدينة.", "خمس عشرة طائرة", "15", Qualifier.EXACT, "طائرة", "aircraft");
    }

    @Test
    void readsTensInTheGenitive() {
        expectOne("شاركت في القمة أكثر من عشرين دولة.", "أكثر من عشرين دولة", "20", Qualifier.MORE_THAN, "دولة",
                "country");
    }

    @Test
    void readsHundredsInBothSpellingsAndTheDual() {
        expectOne("وصل مئة جندي إلى المطار.", "مئة جندي", "100", Qualifier.EXACT, "جندي", "troops");
        expectOne("وصل ثلاثمائة جندي إلى المطار.", "ثلاثمائة جندي", "300", Qualifier.EXACT, "جندي", "troops");
        expectOne("نشر الجيش مئتي جندي على الحدود.", "مئتي جندي", "200", Qualifier.EXACT, "جندي", "troops");
    }

    @Test
    void readsThousandsAfterANumberAndInTheDual() {
        expectOne("فر ثلاثة آلاف شخص من القرية.", "ثلاثة آلاف شخص", "3000", Qualifier.EXACT, "شخص", "person");
        expectOne("وصل ألفا جندي إلى المنطقة.", "ألفا جندي", "2000", Qualifier.EXACT, "جندي", "troops");
        expectOne("استقبلت المدينة عشرين ألفاً من الزوار.", "عشرين ألفاً من الزوار", "20000", Qualifier.EXACT, "الزوار",
                "person");
    }

    @Test
    void readsMillionsBillionsAndAHalf() {
        expectOne("يبلغ عدد سكانها خمسة ملايين نسمة.", "خمسة ملايين نسمة", "5000000", Qualifier.EXACT, "نسمة",
                "person");
        expectOne("قدمت المنظمة مليار دولار مساعدات.", "مليار دولار", "1000000000", Qualifier.EXACT, "دولار",
                "currency");
        expectOne("زار المدينة مليون ونصف زائر.", "مليون ونصف زائر", "1500000", Qualifier.EXACT, "زائر", "person");
    }

    // ---- duals ----------------------------------------------------------------------------

    @Test
    void readsADualAsTwoOfItsUnit() {
        expectOne("مضى شهران على الاتفاق.", "شهران", "2", Qualifier.EXACT, "شهران", "month");
        expectOne("ارتفعت أسعار الغاز إلى ضعفين.", "ضعفين", "2", Qualifier.EXACT, "ضعفين", "times");
        expectOne("أعلنت اللجنة تحييد خليتين متطرفتين.", "خليتين", "2", Qualifier.EXACT, "خليتين", "cell");
    }

    @Test
    void addsAHalfAfterTheUnit() {
        expectOne("استمرت الحكومة عامين ونصف.", "عامين ونصف", "2.5", Qualifier.EXACT, "عامين", "year");
        expectOne("استغرقت الرحلة 3 ساعات ونصف.", "3 ساعات ونصف", "3.5", Qualifier.EXACT, "ساعات", "hour");
    }

    @Test
    void readsADualConfirmedByTheNumberTwo() {
        expectOne("أصيب جنديان اثنان في الهجوم.", "جنديان اثنان", "2", Qualifier.EXACT, "جنديان", "troops");
    }

    @Test
    void readsAUnitFollowedByOne() {
        expectOne("قتل جندي واحد في الاشتباك.", "جندي واحد", "1", Qualifier.EXACT, "جندي", "troops");
    }

    @Test
    void aSoundPluralIsNoDualAndTheTalibanAreNoStudents() {
        expectNone("نقلت سيارات الإسعاف مدنيين إلى المستشفى.");
        expectNone("هاجم مقاتلو طالبان مركزاً للشرطة.");
    }

    // ---- proclitics -----------------------------------------------------------------------

    @Test
    void leavesAProcliticOutOfTheSpan() {
        List<Quantity> found = quantities("تضم 2030 جندياً و250 قطعة من المعدات العسكرية.");
        assertThat(found).hasSize(2);
        expect("تضم 2030 جندياً و250 قطعة من المعدات العسكرية.", found.get(1),
                "250 قطعة من المعدات العسكرية", "250", Qualifier.EXACT, "قطعة من المعدات العسكرية", "equipment");
        expectOne("تبرع بخمسة ملايين ريال.", "خمسة ملايين ريال", "5000000", Qualifier.EXACT, "ريال", "currency");
    }

    @Test
    void readsANumberAfterADetachedProclitic() {
        expectOne("وأعلنت الوزارة أن أضرارا لحقت بـ 37 من سياراتها.", "37 من سياراتها", "37", Qualifier.EXACT,
                "سياراتها", "vehicle");
    }

    // ---- qualifiers -----------------------------------------------------------------------

    @Test
    void readsWordsOfAbout() {
        expectOne("اعتقلت الشرطة نحو 300 شخص.", "نحو 300 شخص", "300", Qualifier.ABOUT, "شخص", "person");
        expectOne("تم اعتقال حوالى 300 شخص.", "حوالى 300 شخص", "300", Qualifier.ABOUT, "شخص", "person");
        expectOne("فر قرابة 500 لاجئ.", "قرابة 500 لاجئ", "500", Qualifier.ABOUT, "لاجئ", "person");
        expectOne("شارك زهاء 400 متطوع.", "زهاء 400 متطوع", "400", Qualifier.ABOUT, "متطوع", "person");
        expectOne("نزح ما يقارب 600 شخص.", "ما يقارب 600 شخص", "600", Qualifier.ABOUT, "شخص", "person");
        expectOne("وصل بنحو 50 مدرعة.", "نحو 50 مدرعة", "50", Qualifier.ABOUT, "مدرعة", "equipment");
        expectOne("أصيب 40 شخصاً تقريباً.", "40 شخصاً تقريباً", "40", Qualifier.ABOUT, "شخصاً", "person");
    }

    @Test
    void readsWordsOfMoreAndLess() {
        expectOne("أصيب أكثر من 1300 آخرين.", "أكثر من 1300 آخرين", "1300", Qualifier.MORE_THAN, "آخرين", "person");
        expectOne("شاركت ما يزيد على 40 دولة.", "ما يزيد على 40 دولة", "40", Qualifier.MORE_THAN, "دولة", "country");
        expectOne("تقدم أزيد من 60 مرشحاً.", "أزيد من 60 مرشحاً", "60", Qualifier.MORE_THAN, "مرشحاً", "");
        expectOne("حضر أقل من 20 طالباً.", "أقل من 20 طالباً", "20", Qualifier.LESS_THAN, "طالباً", "person");
    }

    @Test
    void readsAtLeastBeforeAndAfterTheCount() {
        expectOne("قتل ما لا يقل عن 12 شخصاً.", "ما لا يقل عن 12 شخصاً", "12", Qualifier.AT_LEAST, "شخصاً", "person");
        expectOne("قتل 7 أطفال على الأقل.", "7 أطفال على الأقل", "7", Qualifier.AT_LEAST, "أطفال", "person");
    }

    @Test
    void readsAtMostAlsoAfterANegationAndACountWord() {
        expectOne("على ألا يتجاوز 15 عضواً.", "ألا يتجاوز 15 عضواً", "15", Qualifier.AT_MOST, "عضواً", "person");
        expectOne("ولن يستغرق ذلك أكثر من 10 أيام.", "لن يستغرق ذلك أكثر من 10 أيام", "10", Qualifier.AT_MOST, "أيام",
                "day");
        expectOne("وهم أقلية لا يزيد عددهم على 15 ألف شخص.", "لا يزيد عددهم على 15 ألف شخص", "15000", Qualifier.AT_MOST,
                "شخص", "person");
        expectOne("قوة لا يتجاوز عددها 200 عنصر.", "لا يتجاوز عددها 200 عنصر", "200", Qualifier.AT_MOST, "عنصر",
                "troops");
        expectOne("يشارك فيها لا يزيد عن 30 مراقباً.", "لا يزيد عن 30 مراقباً", "30", Qualifier.AT_MOST, "مراقباً", "");
    }

    @Test
    void readsWithinOnlyBeforeADuration() {
        expectOne("ستغادر القوات في غضون يومين.", "في غضون يومين", "2", Qualifier.WITHIN, "يومين", "day");
        expectOne("يكتمل الانسحاب خلال 10 أيام.", "خلال 10 أيام", "10", Qualifier.WITHIN, "أيام", "day");
        expectOne("عقد خلال 3 اجتماعات متتالية.", "3 اجتماعات", "3", Qualifier.EXACT, "اجتماعات", "");
    }

    @Test
    void readsATotalBeforeOrAfterTheCount() {
        expectOne("اعتقلت قوات الأمن في المجمل 7939 شخصاً.", "في المجمل 7939 شخصاً", "7939", Qualifier.TOTAL, "شخصاً",
                "person");
        expectOne("بلغ عدد الموقوفين 500 موقوف في المجمل.", "500 موقوف في المجمل", "500", Qualifier.TOTAL, "موقوف",
                "arrested");
        expectOne("سجلت الوزارة ما مجموعه 90 إصابة.", "ما مجموعه 90 إصابة", "90", Qualifier.TOTAL, "إصابة",
                "injured");
    }

    // ---- ranges ---------------------------------------------------------------------------

    @Test
    void readsRangesWithBetweenFromToAndAHyphen() {
        Quantity between = expectOne("قتل بين 10 و20 مسلحاً.", "بين 10 و20 مسلحاً", "10", Qualifier.RANGE, "مسلحاً",
                "militant");
        assertThat(between.upTo()).contains(new BigDecimal("20"));
        Quantity fromTo = expectOne("قد يستغرق ذلك من 3 إلى 5 سنوات.", "من 3 إلى 5 سنوات", "3", Qualifier.RANGE,
                "سنوات", "year");
        assertThat(fromTo.upTo()).contains(new BigDecimal("5"));
        Quantity hyphen = expectOne("نشرت 10-15 دبابة.", "10-15 دبابة", "10", Qualifier.RANGE, "دبابة", "equipment");
        assertThat(hyphen.upTo()).contains(new BigDecimal("15"));
    }

    @Test
    void givesTheScaleOfTheUpperEndToTheLowerOne() {
        Quantity range = expectOne("تراوحت الخسائر بين 10 و20 مليون دولار.", "بين 10 و20 مليون دولار", "10000000",
                Qualifier.RANGE, "دولار", "currency");
        assertThat(range.upTo()).contains(new BigDecimal("20000000"));
    }

    @Test
    void aChangeFromOneNumberToAnotherIsNoRange() {
        String text = "ارتفع عدد القتلى من 5 إلى 10 قتلى.";
        List<Quantity> found = quantities(text);
        assertThat(found).extracting(Quantity::qualifier).containsOnly(Qualifier.EXACT);
        assertThat(found).extracting(q -> q.value().intValue()).containsExactly(5, 10);
    }

    // ---- units ----------------------------------------------------------------------------

    @Test
    void readsThePartitiveAndANounPhraseOfTheLexicon() {
        Quantity quantity = expectOne("قُتل 17 من رجال الأمن في الاشتباكات.", "17 من رجال الأمن", "17", Qualifier.EXACT,
                "رجال الأمن", "security-personnel");
        assertThat(quantity.unitSpan()).isPresent();
    }

    @Test
    void readsCasualtyWordsThatCarryTheEvent() {
        String text = "خلف الهجوم 20 قتيلاً و35 جريحاً، واعتقلت الشرطة 12 مشتبهاً و9 معتقلين آخرين.";
        List<Quantity> found = quantities(text);
        assertThat(found).extracting(Quantity::unitClass).containsExactly("killed", "injured", "person", "arrested");
    }

    @Test
    void readsAUnitOfSeveralWords() {
        expectOne("وصلت 3 طائرات نقل عسكرية إلى العاصمة.", "3 طائرات نقل عسكرية", "3", Qualifier.EXACT,
                "طائرات نقل عسكرية", "aircraft");
    }

    @Test
    void readsAUnitOfTwoWordsWithTanweenOnTheLast() {
        expectOne("تبعد البلدة 140 كيلو متراً عن الحدود.", "140 كيلو متراً", "140", Qualifier.EXACT, "كيلو متراً", "km");
    }

    @Test
    void keepsAnUnknownNounAsTheUnitWithoutAClass() {
        expectOne("افتتح الوزير 5 مستوصفات جديدة.", "5 مستوصفات", "5", Qualifier.EXACT, "مستوصفات", "");
    }

    @Test
    void keepsABareNumberOnlyWhenACountWordIntroducesIt() {
        expectOne("وارتفع عدد القتلى إلى 25.", "25", "25", Qualifier.EXACT, "", "");
        expectNone("وقال المتحدث إن 45 منهم غادروا.");
    }

    // ---- not quantities -------------------------------------------------------------------

    @Test
    void skipsYearsAndTheDaysOfDates() {
        expectNone("وفي 6 يناير 2022 أمر الرئيس بإطلاق العملية.");
        expectNone("بدأت الأزمة عام 2022 وتفاقمت منذ 2015.");
        expectNone("يبدأ التسجيل في 23/8/1436هـ وينتهي في 3 / 6 / 2015م.");
    }

    @Test
    void skipsArticleLawAndResolutionNumbers() {
        expectNone("الأساس القانوني هو المادتان 2 و 4 من المعاهدة.");
        expectNone("طالب بتنفيذ القرار 2216 والبند رقم 5.");
    }

    @Test
    void skipsOrdinalsAndDefiniteNumbers() {
        expectNone("أقيمت الدورة الـ15 للمهرجان.");
        expectNone("بلغت قيمة الصفقة الـ40 مليون دولار.");
        expectNone("بني القصر في القرن التاسع عشر.");
    }

    @Test
    void skipsClockTimesPhoneNumbersAndScores() {
        expectNone("بدأ الاجتماع في الساعة 10 صباحا.");
        expectNone("للاستفسار يرجى الاتصال على 0551234567.");
        expectNone("فاز الفريق 3-1 وانتهت المباراة الأخرى 2-2.");
        expectNone("هبطت الطائرة عند 10:30.");
    }

    @Test
    void skipsVagueAmounts() {
        expectNone("سقط عشرات القتلى ومئات الجرحى، وتظاهر آلاف المواطنين.");
    }

    @Test
    void skipsModelNamesAndListNumbers() {
        expectNone("حلقت مقاتلات إف-16 فوق المدينة.");
        expectNone("(1) تشكيل لجنة للتحقيق.");
    }

    @Test
    void aBareNumberAfterTheMasdarOfWhatBefellPeopleCountsThem() {
        expectOne("أسفر الهجوم عن مقتل 12 في السوق.", "12", "12", Qualifier.EXACT, "", "killed");
        expectOne("أعلنت الشرطة اعتقال أكثر من 200 في العاصمة.", "أكثر من 200", "200", Qualifier.MORE_THAN, "", "arrested");
        expectOne("وقتل 5 في القصف.", "5", "5", Qualifier.EXACT, "", "killed");
        // a year after the masdar dates it, and a unit after the number still says what it counts
        assertThat(quantities("منذ اعتقال 2014 وهو في السجن.")).isEmpty();
        expectOne("أسفر عن مقتل 20 مدنيا.", "20 مدنيا", "20", Qualifier.EXACT, "مدنيا", "person");
    }

    @Test
    void unitsOfEquipment() {
        expectOne("أرسلت 250 وحدة من المعدات العسكرية.", "250 وحدة من المعدات العسكرية", "250", Qualifier.EXACT,
                "وحدة من المعدات العسكرية", "equipment");
    }
}
