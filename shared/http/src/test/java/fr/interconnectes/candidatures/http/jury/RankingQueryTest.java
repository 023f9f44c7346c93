package fr.interconnectes.candidatures.http.jury;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.jury.Aggregation;
import fr.interconnectes.candidatures.domain.jury.RankingOptions;
import fr.interconnectes.candidatures.http.Requests;
import fr.interconnectes.candidatures.testing.Refusals;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingQueryTest {

    @Test
    void the_mean_of_the_raw_totals_by_default() {
        assertThat(RankingQuery.of(Requests.query(Map.of()))).isEqualTo(RankingOptions.defaults());
    }

    @Test
    void the_median_and_normalisation_in_either_case() {
        assertThat(RankingQuery.of(Requests.query(Map.of("aggregation", "MEDIAN", "normalise", "True"))))
                .isEqualTo(new RankingOptions(Aggregation.MEDIAN, true));
    }

    @Test
    void both_faults_at_once() {
        assertThat(Refusals.fields(Refusals.of(() -> RankingQuery.of(
                Requests.query(Map.of("aggregation", "mode", "normalise", "yes"))))))
                .containsExactly("aggregation invalid_enum", "normalise invalid_enum");
    }
}
