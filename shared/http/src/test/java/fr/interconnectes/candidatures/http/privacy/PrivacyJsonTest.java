package fr.interconnectes.candidatures.http.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.HttpErrorCode;
import fr.interconnectes.candidatures.testing.Refusals;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrivacyJsonTest {

    private static ApiRequest erase(String body) {
        return new ApiRequest("POST", "/admin/candidacies/cAbc/erase", Map.of("candidacyId", "cAbc"), Map.of(),
                Map.of("Content-Type", "application/json"), body, "r1");
    }

    @Test
    void the_erase_request_needs_a_reason_and_forces_nothing_unless_said() {
        var command = PrivacyJson.eraseCommand(erase("{\"reason\": \"  Courriel du 3 mars 2030  \"}"));

        assertThat(command.candidacyId()).isEqualTo("cAbc");
        assertThat(command.reason()).isEqualTo("Courriel du 3 mars 2030");
        assertThat(command.force()).isFalse();
        assertThat(PrivacyJson.eraseCommand(erase("{\"reason\": \"Courrier\", \"force\": true}")).force()).isTrue();
    }

    @Test
    void every_fault_of_the_erase_request_comes_at_once() {
        var refused = Refusals.of(() -> PrivacyJson.eraseCommand(erase("{\"reason\": \"ok\", \"force\": \"yes\"}")));
        assertThat(Refusals.fields(refused)).containsExactly("reason out_of_range", "force wrong_type");

        assertThat(Refusals.fields(Refusals.of(() -> PrivacyJson.eraseCommand(erase("{}")))))
                .containsExactly("reason required");
        assertThat(Refusals.fields(Refusals.of(() -> PrivacyJson.eraseCommand(
                erase("{\"reason\": \"" + "x".repeat(501) + "\"}"))))).containsExactly("reason out_of_range");
        assertThat(Refusals.fields(Refusals.of(() -> PrivacyJson.eraseCommand(
                erase("{\"reason\": \"Courrier\", \"who\": \"Mme X\"}"))))).containsExactly("who unknown_field");
        assertThat(Refusals.of(() -> PrivacyJson.eraseCommand(erase("{"))).code()).isEqualTo(HttpErrorCode.MALFORMED_JSON);
    }
}
