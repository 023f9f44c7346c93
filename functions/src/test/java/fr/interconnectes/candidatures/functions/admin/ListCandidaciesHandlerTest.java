package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.HandlerResponses.faultyFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import java.time.Instant;
import java.util.HashMap;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/list-candidacies.json}, through the handler's seam. */
class ListCandidaciesHandlerTest {

    /** The campaign the sample event names; its caller organises Auvergne-Rhône-Alpes. */
    private static final String CAMPAIGN = "aura-2027-label";

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final ListCandidaciesHandler handler = new ListCandidaciesHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign(2027)), candidacies);

    @ParameterizedTest
    @Event(value = "../events/list-candidacies.json", type = APIGatewayV2HTTPEvent.class)
    void the_submitted_dossiers_come_most_recent_first(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.submittedIn(CAMPAIGN, "early", "ARA-2027-L-0001", Instant.parse("2027-09-15T08:00:00Z")));
        candidacies.put(Fixtures.submittedIn(CAMPAIGN, "late", "ARA-2027-L-0002", Instant.parse("2027-10-09T08:00:00Z")));
        candidacies.put(Fixtures.readyToSubmitIn(CAMPAIGN, "draft", "token-draft", Instant.parse("2027-10-01T08:00:00Z")));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        var json = body(response);
        assertThat(json.get("campaignId").asText()).isEqualTo(CAMPAIGN);
        assertThat(json.get("total").asInt()).isEqualTo(2);
        assertThat(json.get("items").findValuesAsText("id")).containsExactly("late", "early");
        assertThat(json.at("/items/0/receiptNumber").asText()).isEqualTo("ARA-2027-L-0002");
        assertThat(json.at("/items/0/submittedAt").asText()).isEqualTo("2027-10-09T10:00:00+02:00");
        assertThat(json.has("nextCursor")).isFalse();
        assertThat(response.getBody()).doesNotContain("token-");
    }

    @ParameterizedTest
    @Event(value = "../events/list-candidacies.json", type = APIGatewayV2HTTPEvent.class)
    void every_faulty_parameter_is_reported_at_once(APIGatewayV2HTTPEvent event) {
        var query = new HashMap<>(event.getQueryStringParameters());
        query.put("status", "accepted");
        query.put("limit", "500");
        event.setQueryStringParameters(query);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("validation_failed");
        assertThat(faultyFields(response)).containsExactly("status invalid_enum", "limit out_of_range");
    }
}
