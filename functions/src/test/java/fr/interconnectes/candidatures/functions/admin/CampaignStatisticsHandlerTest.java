package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/campaign-statistics.json}, through the handler's seam. */
class CampaignStatisticsHandlerTest {

    /** The campaign the sample event names. */
    private static final String CAMPAIGN = "aura-2027-label";

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final CampaignStatisticsHandler handler = new CampaignStatisticsHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign(2027), Fixtures.labelCampaign()), candidacies);

    @ParameterizedTest
    @Event(value = "../events/campaign-statistics.json", type = APIGatewayV2HTTPEvent.class)
    void submissions_are_counted_per_day_in_the_campaigns_zone(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.submittedIn(CAMPAIGN, "s1", "ARA-2027-L-0001", Instant.parse("2027-10-01T08:00:00Z")));
        candidacies.put(Fixtures.submittedIn(CAMPAIGN, "s2", "ARA-2027-L-0002", Instant.parse("2027-10-09T08:00:00Z")));
        // half past midnight in Paris: the last day of the call
        candidacies.put(Fixtures.submittedIn(CAMPAIGN, "s3", "ARA-2027-L-0003", Instant.parse("2027-10-09T22:30:00Z")));
        candidacies.put(Fixtures.readyToSubmitIn(CAMPAIGN, "d1", "token-d1", Instant.parse("2027-10-02T08:00:00Z")));
        candidacies.put(Fixtures.submitted("other", "ARA-2019-L-0001", Fixtures.DURING_CALL));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        var json = body(response);
        assertThat(json.get("campaignId").asText()).isEqualTo(CAMPAIGN);
        assertThat(json.get("total").asInt()).isEqualTo(4);
        assertThat(json.at("/byStatus/submitted").asInt()).isEqualTo(3);
        assertThat(json.at("/byStatus/draft").asInt()).isEqualTo(1);
        assertThat(json.at("/byStatus/withdrawn").asInt()).isZero();
        assertThat(json.at("/byTrack/label").asInt()).isEqualTo(4);
        assertThat(json.at("/byKind/epci").asInt()).isEqualTo(4);
        assertThat(json.get("submissionsPerDay").toString())
                .isEqualTo("{\"2027-10-01\":1,\"2027-10-09\":1,\"2027-10-10\":1}");
        assertThat(json.get("attachmentBytes").asLong()).isEqualTo(4 * 1234L);
    }

    @ParameterizedTest
    @Event(value = "../events/campaign-statistics.json", type = APIGatewayV2HTTPEvent.class)
    void an_unknown_campaign_is_not_found(APIGatewayV2HTTPEvent event) {
        event.setPathParameters(Map.of("campaignId", "aura-2030-label"));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(errorCode(response)).isEqualTo("campaign_not_found");
        assertThat(body(response).at("/error/message").asText()).contains("aura-2030-label");
    }
}
