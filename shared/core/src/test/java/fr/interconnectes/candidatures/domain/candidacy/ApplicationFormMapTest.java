package fr.interconnectes.candidatures.domain.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Track;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The request-shaped map of a form. (Its stored shape is the aws module's: ApplicationFormDocumentTest.)
 */
class ApplicationFormMapTest {

    @ParameterizedTest
    @EnumSource(Track.class)
    void to_map_is_shaped_like_the_request_and_parses_back_equal(Track track) {
        ApplicationForm form = Forms.parse(Forms.valid(track), track);

        Map<String, Object> map = form.toMap();

        assertThat(map).containsOnlyKeys("applicant", "project", "language");
        assertThat(Forms.parse(map, track)).isEqualTo(form);
    }

    @Test
    void to_map_writes_normalised_values_and_codes() {
        Map<String, Object> body = Forms.with(Forms.label(), "applicant.contact.phone", "06.12.34.56.78");
        Forms.with(body, "applicant.siren", "217 500 016");
        Forms.with(body, "applicant.kind", "EPCI");

        Map<String, Object> map = Forms.parse(body, Track.LABEL).toMap();

        assertThat(map).extractingByKey("applicant").asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.map(String.class, Object.class))
                .containsEntry("kind", "epci")
                .containsEntry("siren", "217500016")
                .doesNotContainKey("siret")
                .extractingByKey("contact").asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.map(String.class, Object.class))
                .containsEntry("phone", "+33612345678");
        assertThat(map).containsEntry("language", "fr");
        // no null value and no track at any depth (a map prints its entries as key=value)
        assertThat(map.toString()).doesNotContain("null").doesNotContain("track=");
    }

    @Test
    void a_draft_map_leaves_out_missing_values() {
        ApplicationForm draft = new ApplicationForm(null,
                new StartupProject("Titre", null, null, null, null, null), null);

        assertThat(draft.toMap()).isEqualTo(Map.of(
                "applicant", Map.of("contact", Map.of()),
                "project", Map.of("title", "Titre"),
                "language", "fr"));
    }
}
