package fr.interconnectes.candidatures.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.JuryGrid;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.Region;
import fr.interconnectes.candidatures.domain.RegionalSelection;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.UploadLimits;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SendDecisionsRulesTest {

    @Test
    void a_finalist_gets_the_same_national_id_every_time_and_another_one_per_national_campaign() {
        String id = SendDecisions.nationalCandidacyId("national-2027-label", "cAbCdEfGhIjKlMnOp");
        assertThat(id).matches("c[A-Za-z0-9]{16}");
        assertThat(SendDecisions.nationalCandidacyId("national-2027-label", "cAbCdEfGhIjKlMnOp")).isEqualTo(id);
        assertThat(SendDecisions.nationalCandidacyId("national-2028-label", "cAbCdEfGhIjKlMnOp")).isNotEqualTo(id);
        assertThat(SendDecisions.nationalCandidacyId("national-2027-label", "cAbCdEfGhIjKlMnOq")).isNotEqualTo(id);
    }

    @Test
    void the_forum_defaults_to_the_national_campaign_title_date_and_place_in_the_dossier_language() {
        Campaign national = new Campaign("national-2027-label",
                new LocalizedText("Label Territoires Innovants 2027 – finale nationale",
                        "Innovative Territories Label 2027 – national final"),
                new Region("FR", "France"), Track.LABEL, 2027,
                Instant.parse("2027-10-17T22:00:00Z"), Instant.parse("2027-11-15T22:59:59.999Z"),
                ZoneId.of("Europe/Paris"), new RegionalSelection(LocalDate.of(2027, 12, 2), "Lyon", 15, 0),
                JuryGrid.common(), UploadLimits.defaults());

        assertThat(SendDecisions.defaultForum(national, Language.FR))
                .startsWith("Label Territoires Innovants 2027 – finale nationale, ")
                .contains("2 décembre 2027")
                .endsWith(", Lyon");
        assertThat(SendDecisions.defaultForum(national, Language.EN))
                .startsWith("Innovative Territories Label 2027 – national final, ")
                .contains("2 December 2027")
                .endsWith(", Lyon");
        assertThat(SendDecisions.defaultForum(null, Language.FR)).isNull();
    }
}
