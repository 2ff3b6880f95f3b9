package org.qawl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountScorerTest {
    private static final String CASUALTIES = "kb/event/casualties";
    private static final String ARRESTS = "kb/event/arrests";
    private static final String MINISTRY = "kb/actor/interior_ministry";
    private static final String UN = "kb/actor/un";

    /** Stands in for the by-name check: the gold id is the IRI's last segment. */
    private static final CountScorer SCORER = new CountScorer((iri, goldId) -> iri.endsWith("/" + goldId));

    private static GoldEvent.Count gold(long value, String qualifier, String source, String report) {
        return new GoldEvent.Count(BigDecimal.valueOf(value), qualifier, source, report, "what");
    }

    private static PredictedCount count(String report, int start, String value, String qualifier, Set<String> speakers,
            Set<String> events) {
        return new PredictedCount("kb/count/" + report + "/" + start, report, start, new BigDecimal(value),
                Optional.empty(), qualifier, speakers, events);
    }

    private static GoldEvent event(String id, GoldEvent.Count... counts) {
        return new GoldEvent(id, "Casualties", List.of(), List.of(counts));
    }

    private static CountScorer.Judged only(CountScorer.Result result) {
        assertThat(result.judged()).hasSize(1);
        return result.judged().get(0);
    }

    @Test
    void aNumberOfTheGoldValueOnThePairedEventIsFoundWithItsQualifierAndSource() {
        CountScorer.Result result = SCORER.score(
                List.of(event("casualties", gold(1300, "more_than", "interior_ministry", "003"))),
                Map.of("casualties", CASUALTIES),
                List.of(count("003", 3227, "1300.0", "more-than", Set.of(MINISTRY), Set.of(CASUALTIES))),
                Set.of("003"));

        CountScorer.Judged judged = only(result);
        assertThat(judged.outcome()).isEqualTo(CountScorer.Outcome.FOUND);
        assertThat(judged.qualifierRight()).isTrue();
        assertThat(judged.sourceRight()).isTrue();
        assertThat(result.found().recall()).isEqualTo(1.0);
        assertThat(result.extras()).isEmpty();
    }

    @Test
    void aWrongQualifierOrSpeakerIsFoundButMarkedWrong() {
        CountScorer.Result result = SCORER.score(
                List.of(event("casualties", gold(1000, "about", "un", "003"), gold(17, "", "interior_ministry", "003"))),
                Map.of("casualties", CASUALTIES),
                List.of(count("003", 3107, "1000", "exact", Set.of(UN), Set.of(CASUALTIES)),
                        count("003", 3203, "17", "exact", Set.of(UN), Set.of(CASUALTIES))),
                Set.of("003"));

        assertThat(result.count(CountScorer.Outcome.FOUND)).isEqualTo(2);
        assertThat(result.judged()).extracting(CountScorer.Judged::qualifierRight).containsExactly(false, true);
        assertThat(result.judged()).extracting(CountScorer.Judged::sourceRight).containsExactly(true, false);
        assertThat(result.qualifierRight()).isEqualTo(1);
        assertThat(result.sourceRight()).isEqualTo(1);
    }

    @Test
    void aGoldCountWithNoSourceWantsTheReportsOwnVoice() {
        GoldEvent prices = event("lpg_price_rise", gold(2, "", "", ""));
        PredictedCount unattributed = count("004", 2592, "2", "exact", Set.of(), Set.of("kb/event/price"));
        PredictedCount quoted = count("004", 2592, "2", "exact", Set.of(UN), Set.of("kb/event/price"));

        assertThat(only(SCORER.score(List.of(prices), Map.of("lpg_price_rise", "kb/event/price"), List.of(unattributed),
                Set.of("004"))).sourceRight()).isTrue();
        assertThat(only(SCORER.score(List.of(prices), Map.of("lpg_price_rise", "kb/event/price"), List.of(quoted),
                Set.of("004"))).sourceRight()).isFalse();
    }

    @Test
    void aRangeHoldingTheGoldValueIsFound() {
        PredictedCount range = new PredictedCount("kb/count/r", "001", 10, new BigDecimal(10),
                Optional.of(new BigDecimal(20)), "range", Set.of(), Set.of(CASUALTIES));
        Map<String, String> paired = Map.of("casualties", CASUALTIES);

        assertThat(only(SCORER.score(List.of(event("casualties", gold(15, "", "", "001"))), paired, List.of(range),
                Set.of("001"))).outcome()).isEqualTo(CountScorer.Outcome.FOUND);
        assertThat(only(SCORER.score(List.of(event("casualties", gold(21, "", "", "001"))), paired, List.of(range),
                Set.of("001"))).outcome()).isEqualTo(CountScorer.Outcome.NOT_RECOGNIZED);
    }

    @Test
    void aMissSaysWhetherTheEventTheRecognitionOrTheLinkFailed() {
        CountScorer.Result result = SCORER.score(
                List.of(event("riots", gold(37, "", "interior_ministry", "001"), gold(5, "", "", "001")),
                        event("border_arrests", gold(300, "about", "", "002"))),
                Map.of("riots", "kb/event/riot"),
                List.of(count("001", 2344, "37", "exact", Set.of(MINISTRY), Set.of()),
                        count("002", 2628, "300", "about", Set.of(), Set.of(ARRESTS))),
                Set.of("001", "002"));

        assertThat(result.judged()).extracting(CountScorer.Judged::outcome).containsExactly(
                CountScorer.Outcome.NOT_LINKED, CountScorer.Outcome.NOT_RECOGNIZED, CountScorer.Outcome.EVENT_NOT_FOUND);
        assertThat(result.judged().get(0).predicted()).map(PredictedCount::start).contains(2344);
        assertThat(result.found().correctGold()).isZero();
    }

    @Test
    void theValueMustBeInTheGoldsReport() {
        CountScorer.Result result = SCORER.score(
                List.of(event("casualties", gold(95, "", "interior_ministry", "001"))),
                Map.of("casualties", CASUALTIES),
                List.of(count("003", 50, "95", "exact", Set.of(MINISTRY), Set.of(CASUALTIES))),
                Set.of("001", "003"));

        assertThat(only(result).outcome()).isEqualTo(CountScorer.Outcome.NOT_RECOGNIZED);
        assertThat(result.extras()).hasSize(1);
    }

    @Test
    void numbersOnPairedEventsThatMatchNoGoldCountAreExtras() {
        CountScorer.Result result = SCORER.score(
                List.of(event("mass_arrests", gold(7939, "total", "interior_ministry", "002"))),
                Map.of("mass_arrests", ARRESTS),
                List.of(count("002", 2493, "7939", "total", Set.of(MINISTRY), Set.of(ARRESTS)),
                        count("002", 2628, "300", "about", Set.of(), Set.of(ARRESTS)),
                        count("002", 900, "12", "exact", Set.of(), Set.of("kb/event/unpaired")),
                        count("009", 10, "300", "about", Set.of(), Set.of(ARRESTS))),
                Set.of("002"));

        assertThat(result.onPairedEvents()).extracting(PredictedCount::start).containsExactly(2493, 2628);
        assertThat(result.extras()).extracting(PredictedCount::start).containsExactly(2628);
        assertThat(result.found().precision()).isEqualTo(0.5);
    }

    @Test
    void goldQualifiersStandForQawlCodes() {
        assertThat(CountScorer.expectedQualifier("")).isEqualTo("exact");
        assertThat(CountScorer.expectedQualifier("more_than")).isEqualTo("more-than");
        assertThat(CountScorer.expectedQualifier("no_more_than")).isEqualTo("at-most");
        assertThat(CountScorer.expectedQualifier("within")).isEqualTo("within");
    }
}
