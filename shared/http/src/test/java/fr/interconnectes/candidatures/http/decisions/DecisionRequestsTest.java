package fr.interconnectes.candidatures.http.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.http.HttpErrorCode;
import fr.interconnectes.candidatures.decisions.RecordDecision;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.Requests;
import fr.interconnectes.candidatures.testing.Refusals;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionRequestsTest {

    @Test
    void a_decision_is_an_outcome_and_an_optional_note() {
        assertThat(DecisionRequests.decision("c1",
                Requests.json("{\"outcome\": \" finalist \", \"message\": \"  Bravo !  \"}")))
                .isEqualTo(new RecordDecision.Command("c1", Decision.Outcome.FINALIST, "Bravo !"));
        assertThat(DecisionRequests.decision("c1", Requests.json("{\"outcome\": \"not_selected\", \"message\": \" \"}")))
                .isEqualTo(new RecordDecision.Command("c1", Decision.Outcome.NOT_SELECTED, null));
        assertThat(DecisionRequests.decision("c1", Requests.json("{\"outcome\": \"finalist\", \"message\": \""
                + "é".repeat(2000) + "\"}")).message()).hasSize(2000);
    }

    @Test
    void every_fault_of_a_decision_at_once() {
        var refused = Refusals.of(() -> DecisionRequests.decision("c1",
                Requests.json("{\"outcome\": \"laureate\", \"message\": \"" + "é".repeat(2001) + "\"}")));
        assertThat(Refusals.fields(refused)).containsExactly("outcome invalid_enum", "message too_long");
        assertThat(Refusals.field(refused, "outcome").message().in(Language.EN)).contains("finalist, not_selected");

        assertThat(Refusals.fields(Refusals.of(() -> DecisionRequests.decision("c1",
                Requests.json("{\"message\": \"Bravo\"}"))))).containsExactly("outcome required");
        assertThat(Refusals.fields(Refusals.of(() -> DecisionRequests.decision("c1",
                Requests.json("{\"outcome\": 1}"))))).containsExactly("outcome wrong_type");
        assertThat(Refusals.fields(Refusals.of(() -> DecisionRequests.decision("c1",
                Requests.json("{\"outcome\": \"finalist\", \"score\": 18}"))))).containsExactly("score unknown_field");
    }

    @Test
    void sending_takes_an_optional_body_naming_the_national_round() {
        ApiRequest noBody = new ApiRequest("POST", "/admin/test", Map.of(), Map.of(), Map.of("Content-Type", "text/plain"),
                null, "test");
        assertThat(DecisionRequests.sending(noBody)).isEqualTo(new DecisionRequests.Sending(null, null));
        assertThat(DecisionRequests.sending(Requests.json("{}"))).isEqualTo(new DecisionRequests.Sending(null, null));
        assertThat(DecisionRequests.sending(Requests.json(
                "{\"nationalCampaignId\": \"national-2027-label\", \"nationalForum\": \"Lyon, 2 décembre\"}")))
                .isEqualTo(new DecisionRequests.Sending("national-2027-label", "Lyon, 2 décembre"));
        assertThat(Refusals.of(() -> DecisionRequests.sending(Requests.withBody("text/plain", "{}"))).code())
                .isEqualTo(HttpErrorCode.UNSUPPORTED_MEDIA_TYPE);
        assertThat(Refusals.fields(Refusals.of(() -> DecisionRequests.sending(Requests.json("{\"forum\": \"x\"}")))))
                .containsExactly("forum unknown_field");
    }
}
