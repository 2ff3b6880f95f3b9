package org.qawl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/**
 * Reads counts and durations from a small store laid out as qawl builds one: a report graph
 * with the account of a withdrawal, its numbers and the statement they are stated in, and the
 * events graph that merges the account. The default graph is their union, as in the TDB2 store.
 */
class StoreCountsTest {
    private static final String KB = "https://w3id.org/qawl/kb/";
    private static final String WITHDRAWAL = KB + "event/withdrawal-undated-kazakhstan";
    private static final String TOKAYEV = KB + "actor/tokayev";

    private static final String STORE = """
            @prefix qawl: <https://w3id.org/qawl/ns#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix time: <http://www.w3.org/2006/time#> .
            @prefix kb: <https://w3id.org/qawl/kb/> .

            <https://w3id.org/qawl/kb/graph/003> {
              <https://w3id.org/qawl/kb/event/003/224> a qawl:Event ; qawl:reportedIn <https://w3id.org/qawl/kb/report/003> ;
                  qawl:startsWithin <https://w3id.org/qawl/kb/duration/003/2362> ;
                  qawl:lasts <https://w3id.org/qawl/kb/duration/003/2385> ;
                  qawl:count <https://w3id.org/qawl/kb/count/003/100> .
              <https://w3id.org/qawl/kb/duration/003/2362> a qawl:Duration ; time:hasXSDDuration "P2D"^^xsd:duration ;
                  qawl:qualifier "within" ; qawl:start 2362 ; qawl:end 2375 ;
                  qawl:statedIn <https://w3id.org/qawl/kb/statement/003/2300> .
              <https://w3id.org/qawl/kb/duration/003/2385> a qawl:Duration ; time:hasXSDDuration "PT240H"^^xsd:duration ;
                  qawl:qualifier "at-most" ; qawl:start 2385 ; qawl:end 2404 ;
                  qawl:statedIn <https://w3id.org/qawl/kb/statement/003/2300> .
              <https://w3id.org/qawl/kb/duration/003/3000> a qawl:Duration ; time:hasXSDDuration "P3M"^^xsd:duration ;
                  qawl:inReport <https://w3id.org/qawl/kb/report/003> .
              <https://w3id.org/qawl/kb/count/003/100> a qawl:Count ; qawl:value 30.0 ; qawl:upTo 40.0 ;
                  qawl:qualifier "range" ; qawl:inReport <https://w3id.org/qawl/kb/report/003> ; qawl:start 100 .
              <https://w3id.org/qawl/kb/count/003/500> a qawl:Count ; qawl:value 37.0 ; qawl:qualifier "exact" ;
                  qawl:inReport <https://w3id.org/qawl/kb/report/003> ; qawl:start 500 .
              <https://w3id.org/qawl/kb/statement/003/2300> a qawl:Statement ; qawl:speaker kb:actor\\/tokayev .
            }
            <https://w3id.org/qawl/kb/graph/events> {
              <https://w3id.org/qawl/kb/event/003/224> qawl:mergedInto <https://w3id.org/qawl/kb/event/withdrawal-undated-kazakhstan> .
            }
            """;

    private static List<PredictedCount> read() {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.fromString(STORE, Lang.TRIG).parse(dataset);
        return StoreCounts.read(DatasetGraphFactory.wrap(dataset.getUnionGraph()));
    }

    private static PredictedCount at(List<PredictedCount> numbers, int start) {
        return numbers.stream().filter(n -> n.start() == start).findFirst().orElseThrow();
    }

    @Test
    void durationsOfAnEventAreNumbersOfDaysWithTheirSpeaker() {
        List<PredictedCount> numbers = read();

        PredictedCount startsWithin = at(numbers, 2362);
        assertThat(startsWithin.value()).isEqualByComparingTo("2");
        assertThat(startsWithin.qualifier()).isEqualTo("within");
        assertThat(startsWithin.report()).as("from the account, the duration has no qawl:inReport").isEqualTo("003");
        assertThat(startsWithin.speakers()).containsExactly(TOKAYEV);
        assertThat(startsWithin.events()).containsExactly(WITHDRAWAL);
        assertThat(at(numbers, 2385).value()).as("240 hours").isEqualByComparingTo("10");
    }

    @Test
    void aLengthInMonthsIsNoNumberOfDays() {
        assertThat(read()).extracting(PredictedCount::iri).doesNotContain(KB + "duration/003/3000");
        assertThat(DurationDays.of("P3M")).isEmpty();
        assertThat(DurationDays.of("P1DT12H")).contains(new BigDecimal("1.5"));
        assertThat(DurationDays.of("two days")).isEmpty();
    }

    @Test
    void countsKeepTheirRangeAndCountsOnNoEventStayInTheReport() {
        List<PredictedCount> numbers = read();

        PredictedCount range = at(numbers, 100);
        assertThat(range.upTo()).map(BigDecimal::intValue).contains(40);
        assertThat(range.hasValue(BigDecimal.valueOf(35))).isTrue();
        assertThat(range.hasValue(BigDecimal.valueOf(41))).isFalse();
        assertThat(range.events()).containsExactly(WITHDRAWAL);
        PredictedCount unlinked = at(numbers, 500);
        assertThat(unlinked.events()).isEmpty();
        assertThat(unlinked.speakers()).isEmpty();
        assertThat(numbers).hasSize(4);
    }

    @Test
    void theWithdrawalsGoldDaysAreFoundInItsDurations() {
        GoldEvent withdrawal = new GoldEvent("csto_withdrawal", "Withdrawal", List.of(), List.of(
                new GoldEvent.Count(BigDecimal.valueOf(2), "within", "tokayev", "003", "days until withdrawal starts"),
                new GoldEvent.Count(BigDecimal.TEN, "no_more_than", "tokayev", "003", "maximum duration in days")));
        CountScorer.Result result = new CountScorer((iri, goldId) -> iri.endsWith("/" + goldId)).score(
                List.of(withdrawal), Map.of("csto_withdrawal", WITHDRAWAL), read(), Set.of("003"));

        assertThat(result.count(CountScorer.Outcome.FOUND)).isEqualTo(2);
        assertThat(result.qualifierRight()).isEqualTo(2);
        assertThat(result.sourceRight()).isEqualTo(2);
        assertThat(result.extras()).extracting(PredictedCount::start).containsExactly(100);
        assertThat(result.found().predicted()).as("two durations and the range on the event").isEqualTo(3);
    }
}
