package fr.interconnectes.candidatures.http.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.jury.Aggregation;
import fr.interconnectes.candidatures.domain.jury.RankingOptions;
import fr.interconnectes.candidatures.http.Requests;
import fr.interconnectes.candidatures.reporting.ExportCandidacies;
import fr.interconnectes.candidatures.testing.Refusals;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportQueryTest {

    @Test
    void a_french_spreadsheet_by_default_in_the_callers_language() {
        assertThat(ExportQuery.of(Requests.query(Map.of()))).isEqualTo(new ExportCandidacies.Options(
                ExportCandidacies.Format.CSV, ';', ',', Language.FR, RankingOptions.defaults()));
        assertThat(ExportQuery.of(Requests.query(Map.of(), "en-GB")).language()).isEqualTo(Language.EN);
    }

    @Test
    void a_comma_separated_file_takes_decimal_points_and_the_ranking_options_apply() {
        ExportCandidacies.Options options = ExportQuery.of(Requests.query(Map.of("format", "CSV", "separator", ",",
                "language", "en", "aggregation", "median", "normalise", "true")));

        assertThat(options).isEqualTo(new ExportCandidacies.Options(ExportCandidacies.Format.CSV, ',', '.', Language.EN,
                new RankingOptions(Aggregation.MEDIAN, true)));
        assertThat(ExportQuery.of(Requests.query(Map.of("format", "json"))).format())
                .isEqualTo(ExportCandidacies.Format.JSON);
    }

    @Test
    void the_exports_faults_and_the_rankings_come_together() {
        assertThat(Refusals.fields(Refusals.of(() -> ExportQuery.of(Requests.query(Map.of("format", "xls",
                "separator", "|", "language", "de", "aggregation", "mode"))))))
                .containsExactly("format invalid_enum", "separator invalid_enum", "language invalid_enum",
                        "aggregation invalid_enum");
    }
}
