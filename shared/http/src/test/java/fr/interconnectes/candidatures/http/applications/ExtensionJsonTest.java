package fr.interconnectes.candidatures.http.applications;

import static fr.interconnectes.candidatures.testing.ApplicantUseCases.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.interconnectes.candidatures.http.HttpErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.applications.GrantExtension;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.http.Json;
import fr.interconnectes.candidatures.testing.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtensionJsonTest {

    private static DomainException refused(String body) {
        DomainException refusal = refusal(() -> ExtensionJson.read(body));
        assertThat(refusal.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        return refusal;
    }

    @Test
    void a_deadline_with_its_offset_and_a_reason_are_read() {
        var request = ExtensionJson.read("{\"deadline\": \"2019-10-13T23:59:59+02:00\", \"reason\": \"Panne\"}");

        assertThat(request.deadline()).isEqualTo(Instant.parse("2019-10-13T21:59:59Z"));
        assertThat(request.reason()).isEqualTo("Panne");
    }

    @Test
    void a_null_deadline_removes_the_extension() {
        var request = ExtensionJson.read("{\"deadline\": null}");

        assertThat(request.deadline()).isNull();
        assertThat(request.reason()).isNull();
    }

    @Test
    void the_deadline_must_be_given() {
        DomainException refusal = refused("{\"reason\": \"Panne\"}");

        assertThat(refusal.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("deadline", "required"));
        assertThat(refusal.fieldErrors().get(0).message().in(Language.FR))
                .isEqualTo("Indiquez « deadline » (ou null pour retirer la prolongation) ; motif : 500 caractères au plus.");
        assertThat(refusal.fieldErrors().get(0).message().in(Language.EN))
                .isEqualTo("Give \"deadline\" (or null to remove the extension); reason: 500 characters at most.");
    }

    @Test
    void a_reason_holds_500_characters_at_most() {
        assertThat(ExtensionJson.read("{\"deadline\": null, \"reason\": \"" + "m".repeat(500) + "\"}").reason())
                .hasSize(500);

        assertThat(refused("{\"deadline\": null, \"reason\": \"" + "m".repeat(501) + "\"}").fieldErrors())
                .extracting(FieldError::field, FieldError::code).containsExactly(tuple("reason", "too_long"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-10-13T23:59:59", "2019-10-13", "13/10/2019 23:59", "demain"})
    void a_deadline_is_a_date_and_time_with_its_offset(String deadline) {
        DomainException refusal = refused("{\"deadline\": \"" + deadline + "\"}");

        assertThat(refusal.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("deadline", "invalid_datetime"));
        assertThat(refusal.fieldErrors().get(0).message().in(Language.FR))
                .isEqualTo("Date et heure ISO-8601 avec décalage.");
        assertThat(refusal.fieldErrors().get(0).message().in(Language.EN)).isEqualTo("ISO-8601 date-time with offset.");
    }

    @Test
    void a_field_of_the_wrong_type_or_unknown_is_refused() {
        assertThat(refused("{\"deadline\": 1570744799}").fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("deadline", "wrong_type"));
        assertThat(refused("{\"deadline\": null, \"reason\": 3}").fieldErrors())
                .extracting(FieldError::field, FieldError::code).containsExactly(tuple("reason", "wrong_type"));
        assertThat(refused("{\"deadline\": null, \"by\": \"moi\"}").fieldErrors())
                .extracting(FieldError::field, FieldError::code).containsExactly(tuple("by", "unknown_field"));
    }

    @Test
    void a_body_that_is_not_a_json_object_is_malformed() {
        assertThat(refusal(() -> ExtensionJson.read("\"2019-10-13T23:59:59+02:00\"")).code())
                .isEqualTo(HttpErrorCode.MALFORMED_JSON);
    }

    @Test
    void the_answer_is_the_dossiers_summary_with_the_deadline_it_now_has_in_the_campaigns_time() throws Exception {
        Instant extended = Instant.parse("2019-10-13T21:59:59Z");
        var candidacy = Fixtures.draft("c1", Fixtures.LABEL_CAMPAIGN, Fixtures.bareLabelForm("mairie@annecy.fr"), "t",
                Fixtures.DURING_CALL).withPersonalDeadline(extended, Fixtures.DURING_CALL);

        var response = ExtensionJson.granted(new GrantExtension.Granted(candidacy, Fixtures.labelCampaign()));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = Json.mapper().readTree(response.body());
        assertThat(body.get("id").asText()).isEqualTo("c1");
        assertThat(body.get("organisation").asText()).isEqualTo("Commune d'Annecy");
        assertThat(body.get("personalDeadline").asText()).isEqualTo("2019-10-13T23:59:59+02:00");
        assertThat(body.get("deadline").asText()).isEqualTo("2019-10-13T23:59:59+02:00");
    }
}
