package org.qawl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementScorerTest {
    private static final List<GoldActor> ACTORS = List.of(
            new GoldActor("lavrov", "Person", "Sergey Lavrov", List.of("سيرغي لافروف", "لافروف"), List.of("r"), true),
            new GoldActor("russia", "Country", "Russia", List.of("روسيا", "الروسية"), List.of("r"), true),
            new GoldActor("russian_mfa", "GovernmentBody", "Russian MFA",
                    List.of("وزارة الخارجية الروسية"), List.of("r"), true));

    private static GoldStatement gold(String id, String speaker, int start, int end, String mode) {
        return new GoldStatement(id, "r", speaker, "", "قال", "x", mode, start, end, false, false);
    }

    private static PredictedStatement predicted(String label, int start, int end, String mode) {
        return new PredictedStatement("s" + start, "r", label, label, "قال", "x", mode, start, end, false);
    }

    @Test
    void pairsByDiceAndChecksTheSpeakerByItsArabicForms() {
        StatementScorer.Result result = new StatementScorer(ACTORS).score(
                List.of(gold("g1", "lavrov", 0, 100, "indirect"), gold("g2", "russia", 200, 260, "direct")),
                List.of(predicted("وزير الخارجية الروسي سيرغي لافروف", 10, 100, "indirect"),
                        predicted("وزارة الخارجية الروسية", 200, 262, "direct"),
                        predicted("روسيا", 400, 420, "indirect")));

        assertThat(result.pairs()).hasSize(2);
        assertThat(result.pairs()).filteredOn(StatementScorer.Pair::speakerRight).hasSize(1);
        assertThat(result.falseAlarms()).extracting(PredictedStatement::start).containsExactly(400);
        Map<String, Score> scores = result.scores(g -> true, p -> true);
        assertThat(scores.get("detection").precision()).isEqualTo(2.0 / 3);
        assertThat(scores.get("detection").recall()).isEqualTo(1.0);
        assertThat(scores.get("attribution").recall()).isEqualTo(0.5);
    }

    @Test
    void overlapBelowHalfIsNotAMatch() {
        assertThat(StatementScorer.dice(0, 100, 60, 200)).isLessThan(0.5);
        StatementScorer.Result result = new StatementScorer(ACTORS).score(
                List.of(gold("g1", "lavrov", 0, 100, "indirect")),
                List.of(predicted("لافروف", 60, 200, "indirect")));
        assertThat(result.pairs()).isEmpty();
        assertThat(result.missed()).hasSize(1);
        assertThat(result.falseAlarms()).hasSize(1);
    }

    @Test
    void theLongestMatchingFormNamesTheActor() {
        SpeakerMatcher matcher = new SpeakerMatcher(ACTORS);
        assertThat(matcher.actorOf("بيان لوزارة الخارجية الروسية")).contains("russian_mfa");
        assertThat(matcher.actorOf("وروسيا")).contains("russia");
        assertThat(matcher.actorOf("مصدر مطلع")).isEmpty();
    }
}
