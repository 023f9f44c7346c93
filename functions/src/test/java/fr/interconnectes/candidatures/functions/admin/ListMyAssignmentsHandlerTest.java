package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.admin.AdminEvents.claims;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import java.time.Instant;
import java.util.HashMap;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/list-my-assignments.json}, through the handler's seam. */
class ListMyAssignmentsHandlerTest {

    /** The juror and the 2027 label campaign the sample event names. */
    private static final String SOPHIE = "f47ac10b-58cc-4372-a567-0e02b2c3d479";
    private static final Campaign CAMPAIGN = Fixtures.labelCampaign(2027);
    private static final Instant SUBMITTED = Instant.parse("2027-10-01T08:00:00Z");

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryJuryRecords juryRecords = new InMemoryJuryRecords();
    private final ListMyAssignmentsHandler handler = new ListMyAssignmentsHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign(), CAMPAIGN), candidacies, juryRecords);

    private void assign(String candidacyId, String receiptNumber, String jurorId) {
        candidacies.put(Fixtures.submittedTo(CAMPAIGN, candidacyId, receiptNumber, SUBMITTED));
        juryRecords.save(JuryRecord.assigned(candidacyId, CAMPAIGN.id(), jurorId, "organiser-sub", SUBMITTED));
    }

    @ParameterizedTest
    @Event(value = "../events/list-my-assignments.json", type = APIGatewayV2HTTPEvent.class)
    void the_juror_lists_their_own_dossiers_of_the_campaign_by_receipt(APIGatewayV2HTTPEvent event) {
        assign("cLater", "ARA-2027-L-0002", SOPHIE);
        assign("cFirst", "ARA-2027-L-0001", SOPHIE);
        assign("cSomeoneElses", "ARA-2027-L-0003", "another-juror");
        juryRecords.save(Fixtures.assigned("c2019", SOPHIE));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        assertThat(body(response).get("campaignId").asText()).isEqualTo("aura-2027-label");
        assertThat(body(response).get("assignments").findValuesAsText("candidacyId")).containsExactly("cFirst", "cLater");
        assertThat(body(response).get("assignments").findValuesAsText("receiptNumber"))
                .containsExactly("ARA-2027-L-0001", "ARA-2027-L-0002");
        assertThat(body(response).get("assignments").findValuesAsText("state")).containsOnly("to_score");
        assertThat(response.getBody()).doesNotContain("token-");
    }

    @ParameterizedTest
    @Event(value = "../events/list-my-assignments.json", type = APIGatewayV2HTTPEvent.class)
    void the_campaign_is_required(APIGatewayV2HTTPEvent event) {
        event.setQueryStringParameters(new HashMap<>());

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("validation_failed");
        assertThat(body(response).at("/error/fields/0/field").asText()).isEqualTo("campaignId");
        assertThat(body(response).at("/error/fields/0/code").asText()).isEqualTo("required");
    }

    @ParameterizedTest
    @Event(value = "../events/list-my-assignments.json", type = APIGatewayV2HTTPEvent.class)
    void only_jurors_have_assignments(APIGatewayV2HTTPEvent event) {
        assign("cFirst", "ARA-2027-L-0001", SOPHIE);
        claims(event).put("cognito:groups", "[organisers]");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("forbidden");
    }
}
