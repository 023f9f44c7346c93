package fr.interconnectes.candidatures.http.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.candidacy.Applicant;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationFields;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Contact;
import fr.interconnectes.candidatures.domain.candidacy.LabelProject;
import fr.interconnectes.candidatures.domain.candidacy.Project;
import fr.interconnectes.candidatures.domain.candidacy.StartupProject;
import fr.interconnectes.candidatures.json.Json;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The two JSON shapes of a form: the stored Jackson document and the request-shaped map. */
class ApplicationFormJsonTest {

    @ParameterizedTest
    @EnumSource(Track.class)
    void a_stored_document_reads_back_equal(Track track) {
        ApplicationForm form = Forms.parse(Forms.valid(track), track);

        ApplicationForm read = Json.read(Json.write(form), ApplicationForm.class);

        assertThat(read).isEqualTo(form);
        assertThat(read.project()).isInstanceOf(track == Track.LABEL ? LabelProject.class : StartupProject.class);
    }

    @ParameterizedTest
    @EnumSource(Track.class)
    void a_stored_draft_reads_back_equal(Track track) {
        Project project = track == Track.LABEL
                ? new LabelProject("Titre", null, null, null, null, null, null, null)
                : new StartupProject("Titre", null, null, null, null, null);
        ApplicationForm draft = new ApplicationForm(
                new Applicant("Org", null, null, null, new Contact("Jo", null, "jo@example.fr", null)),
                project, Language.EN);

        assertThat(Json.read(Json.write(draft), ApplicationForm.class)).isEqualTo(draft);
    }

    @Test
    void the_stored_document_uses_codes_carries_the_track_and_leaves_out_missing_values() {
        ApplicationForm form = Forms.parse(Forms.label(), Track.LABEL);

        JsonNode document = Json.mapper().valueToTree(form);

        assertThat(document.at("/language").asText()).isEqualTo("fr");
        assertThat(document.at("/applicant/kind").asText()).isEqualTo("commune");
        assertThat(document.at("/applicant/siret").isMissingNode()).isTrue();
        assertThat(document.at("/applicant/contact/phone").asText()).isEqualTo("+33123456789");
        assertThat(document.at("/project/track").asText()).isEqualTo("label");
        assertThat(document.at("/project/stage").asText()).isEqualTo("en_cours");
        assertThat(Json.mapper().valueToTree(Forms.parse(Forms.startup(), Track.STARTUP))
                .at("/project/foundingYear").isInt()).isTrue();
    }

    @Test
    void a_document_with_an_unknown_track_or_language_is_refused() {
        String json = Json.write(Forms.parse(Forms.label(), Track.LABEL));

        assertThatThrownBy(() -> Json.read(json.replace("\"label\"", "\"prize\""), ApplicationForm.class))
                .isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> Json.read(json.replace("\"language\":\"fr\"", "\"language\":\"de\""),
                ApplicationForm.class)).isInstanceOf(UncheckedIOException.class);
    }

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
        assertThat(Json.write(map)).doesNotContain("null").doesNotContain("\"track\"");
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
