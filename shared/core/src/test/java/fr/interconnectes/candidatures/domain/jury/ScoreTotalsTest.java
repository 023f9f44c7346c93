package fr.interconnectes.candidatures.domain.jury;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Criterion;
import fr.interconnectes.candidatures.domain.JuryGrid;
import fr.interconnectes.candidatures.domain.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreTotalsTest {

    private static final Instant AT = Instant.parse("2027-10-17T08:00:00Z");

    @Test
    void a_total_is_the_weighted_mean_on_the_grid_rounded_to_two_decimals() {
        List<Criterion> grid = List.of(
                new Criterion("innovation", new LocalizedText("Innovation", null), 0, 10, 2.0),
                new Criterion("user_focus", new LocalizedText("Usagers", null), 0, 10, 1.0),
                new Criterion("partnership", new LocalizedText("Partenariats", null), 0, 10, 0.0));

        assertThat(ScoreTotals.total(grid, Map.of("innovation", 9, "user_focus", 6, "partnership", 0)))
                .hasValue(8.0);
        assertThat(ScoreTotals.total(grid, Map.of("innovation", 7, "user_focus", 6))).hasValue(6.67);
        assertThat(ScoreTotals.total(grid, Map.of())).isEmpty();
    }

    @Test
    void the_average_counts_only_jurors_who_scored_without_conflict() {
        List<Criterion> grid = JuryGrid.common();
        JuryRecord scored = record("a").withScores(Map.of("innovation", 10, "user_focus", 10, "partnership", 10,
                "pooling_interoperability", 10, "return_on_investment", 10), null, AT);
        JuryRecord other = record("b").withScores(Map.of("innovation", 8, "user_focus", 7, "partnership", 6,
                "pooling_interoperability", 9, "return_on_investment", 5), "ok", AT);
        JuryRecord pending = record("c");
        JuryRecord conflicted = record("d").withConflict("Ancien employeur", AT);

        assertThat(ScoreTotals.average(grid, List.of(scored, other, pending, conflicted))).hasValue(8.5);
        assertThat(ScoreTotals.average(grid, List.of(pending, conflicted))).isEmpty();
        assertThat(JurorState.of(pending).jurorCode()).isEqualTo("to_score");
        assertThat(JurorState.of(pending).code()).isEqualTo("assigned");
        assertThat(JurorState.of(conflicted).code()).isEqualTo("conflict");
        assertThat(JurorState.of(other).code()).isEqualTo("scored");
    }

    private static JuryRecord record(String jurorId) {
        return JuryRecord.assigned("cAbc", "aura-2027-label", jurorId, "organiser", AT);
    }
}
