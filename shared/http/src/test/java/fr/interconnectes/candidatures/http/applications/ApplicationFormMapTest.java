package fr.interconnectes.candidatures.http.applications;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationFields;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.StartupProject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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

    @ParameterizedTest
    @EnumSource(Track.class)
    void a_full_form_has_every_field_of_all(Track track) {
        Map<String, Object> map = Forms.parse(Forms.with(Forms.valid(track), "applicant.siret",
                track == Track.LABEL ? "21750001600019" : "73282932000074"), track).toMap();
        List<String> present = paths("", map).toList();

        assertThat(present).containsExactlyInAnyOrderElementsOf(ApplicationFields.all(track));
    }

    @SuppressWarnings("unchecked")
    private static Stream<String> paths(String prefix, Map<String, Object> map) {
        return map.entrySet().stream().flatMap(e -> e.getValue() instanceof Map<?, ?> child
                ? paths(prefix + e.getKey() + ".", (Map<String, Object>) child)
                : Stream.of(prefix + e.getKey()));
    }
}
