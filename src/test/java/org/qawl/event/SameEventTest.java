package org.qawl.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/**
 * The merge rule: two accounts tell of one event when type, place, time and (for meetings,
 * calls, visits, appointments and agreements) parties agree; unknown never blocks, stated and
 * different always does.
 */
class SameEventTest {
    private static final Node ALMATY = actor("almaty");
    private static final Node AKTAU = actor("aktau");
    private static final Node BLINKEN = actor("antony_blinken");
    private static final Node LAVROV = actor("sergey_lavrov");
    private static final Node TLEUBERDI = actor("mukhtar_tleuberdi");

    @Test
    void sameTypePlaceAndDayIsOneEvent() {
        assertThat(SameEvent.compatible(protest(ALMATY, "2022-01-05"), protest(ALMATY, "2022-01-05"))).isTrue();
    }

    @Test
    void differentTypesAreNeverOneEvent() {
        EventFacts riot = new EventFacts("Riot", Optional.of(ALMATY), true, date("2022-01-05"), Optional.empty(), Set.of());

        assertThat(SameEvent.compatible(protest(ALMATY, "2022-01-05"), riot)).isFalse();
    }

    @Test
    void aPriceRiseAndAPriceCutAreNeverOneEvent() {
        EventFacts rise = new EventFacts("PriceRise", Optional.empty(), false, date("2022-01-01"), Optional.empty(), Set.of());
        EventFacts cut = new EventFacts("PriceCut", Optional.empty(), false, date("2022-01-01"), Optional.empty(), Set.of());

        assertThat(SameEvent.compatible(rise, cut)).isFalse();
    }

    @Test
    void statedPlacesThatDifferKeepAccountsApart() {
        assertThat(SameEvent.compatible(protest(ALMATY, "2022-01-05"), protest(AKTAU, "2022-01-05"))).isFalse();
    }

    @Test
    void anUnknownPlaceDoesNotBlockAMerge() {
        EventFacts nowhere = new EventFacts("Protest", Optional.empty(), false, date("2022-01-05"), Optional.empty(), Set.of());

        assertThat(SameEvent.compatible(protest(ALMATY, "2022-01-05"), nowhere)).isTrue();
        assertThat(SameEvent.compatible(nowhere, protest(ALMATY, "2022-01-05"))).isTrue();
    }

    @Test
    void differentDaysKeepAccountsApart() {
        assertThat(SameEvent.compatible(protest(ALMATY, "2022-01-02"), protest(ALMATY, "2022-01-10"))).isFalse();
    }

    @Test
    void aDayInsideTheOtherAccountsPeriodIsTheSameEvent() {
        EventFacts riots = new EventFacts("Riot", Optional.of(ALMATY), true, date("2022-01-04"), date("2022-01-08"), Set.of());
        EventFacts oneDay = new EventFacts("Riot", Optional.of(ALMATY), true, date("2022-01-06"), Optional.empty(), Set.of());
        EventFacts later = new EventFacts("Riot", Optional.of(ALMATY), true, date("2022-01-09"), Optional.empty(), Set.of());

        assertThat(SameEvent.compatible(riots, oneDay)).isTrue();
        assertThat(SameEvent.compatible(oneDay, riots)).isTrue();
        assertThat(SameEvent.compatible(riots, later)).isFalse();
    }

    @Test
    void anUndatedAccountDoesNotBlockAMerge() {
        EventFacts undated = new EventFacts("Protest", Optional.of(ALMATY), true, Optional.empty(), Optional.empty(), Set.of());

        assertThat(SameEvent.compatible(protest(ALMATY, "2022-01-05"), undated)).isTrue();
    }

    @Test
    void callsWithAPartyInCommonAreOneCall() {
        assertThat(SameEvent.compatible(call(TLEUBERDI, BLINKEN), call(BLINKEN))).isTrue();
    }

    @Test
    void callsBetweenDifferentPartiesOnTheSameDayAreTwoCalls() {
        assertThat(SameEvent.compatible(call(TLEUBERDI, BLINKEN), call(LAVROV))).isFalse();
    }

    @Test
    void callsOfOnePartyWithTwoOthersAreTwoCalls() {
        assertThat(SameEvent.compatible(call(TLEUBERDI, BLINKEN), call(TLEUBERDI, LAVROV))).isFalse();
        assertThat(SameEvent.compatible(call(TLEUBERDI, BLINKEN), call(BLINKEN, TLEUBERDI))).isTrue();
    }

    @Test
    void aCallWhosePartiesAreUnknownJoinsAnyCallOfItsDay() {
        assertThat(SameEvent.compatible(call(TLEUBERDI, BLINKEN), call())).isTrue();
    }

    @Test
    void meetingsAreToldApartByTheirPartiesToo() {
        EventFacts first = new EventFacts("Meeting", Optional.empty(), false, date("2022-01-10"), Optional.empty(), Set.of(LAVROV));
        EventFacts second = new EventFacts("Meeting", Optional.empty(), false, date("2022-01-10"), Optional.empty(), Set.of(BLINKEN));

        assertThat(SameEvent.compatible(first, second)).isFalse();
    }

    @Test
    void protestsAreNotToldApartByWhoIsNamedNearThem() {
        EventFacts first = new EventFacts("Protest", Optional.of(ALMATY), true, date("2022-01-05"), Optional.empty(), Set.of(LAVROV));
        EventFacts second = new EventFacts("Protest", Optional.of(ALMATY), true, date("2022-01-05"), Optional.empty(), Set.of(BLINKEN));

        assertThat(SameEvent.compatible(first, second)).isTrue();
    }

    private static EventFacts protest(Node place, String day) {
        return new EventFacts("Protest", Optional.of(place), true, date(day), Optional.empty(), Set.of());
    }

    private static EventFacts call(Node... parties) {
        return new EventFacts("PhoneCall", Optional.empty(), false, date("2022-01-10"), Optional.empty(), Set.of(parties));
    }

    private static Optional<LocalDate> date(String day) {
        return Optional.of(LocalDate.parse(day));
    }

    private static Node actor(String name) {
        return NodeFactory.createURI("https://w3id.org/qawl/kb/actor/" + name);
    }
}
