package fr.interconnectes.candidatures.functions.campaigns;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.TestClock;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/get-campaign.json}, through the handler's seam. */
class GetCampaignHandlerTest {

    private final TestClock clock = new TestClock(Fixtures.DURING_CALL);
    private final GetCampaignHandler handler = new GetCampaignHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign(), Fixtures.startupCampaign()), clock);

    @ParameterizedTest
    @Event(value = "../events/get-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void the_sample_campaign_is_shown_in_french_with_its_status_as_of_now(APIGatewayV2HTTPEvent event) {
        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("Content-Language", "fr");
        assertThat(body(response).get("id").asText()).isEqualTo(Fixtures.LABEL_CAMPAIGN);
        assertThat(body(response).get("status").asText()).isEqualTo("open");
        assertThat(body(response).get("closesAt").asText()).isEqualTo("2019-10-10T23:59:59+02:00");
        assertThat(body(response).at("/regionalSelection/place").asText()).isEqualTo("Annecy");
        assertThat(body(response).at("/criteria/1/label").asText()).isEqualTo("Prise en compte des usagers");
    }

    @ParameterizedTest
    @Event(value = "../events/get-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void once_the_deadline_has_passed_it_is_closed(APIGatewayV2HTTPEvent event) {
        clock.set(Fixtures.AFTER_DEADLINE);

        assertThat(body(invoke(handler, event)).get("status").asText()).isEqualTo("closed");
    }

    @ParameterizedTest
    @Event(value = "../events/get-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void an_english_reader_gets_it_in_english(APIGatewayV2HTTPEvent event) {
        event.getHeaders().put("accept-language", "en-GB,en;q=0.9,fr;q=0.5");

        var response = invoke(handler, event);

        assertThat(response.getHeaders()).containsEntry("Content-Language", "en");
        assertThat(body(response).at("/criteria/1/label").asText()).isEqualTo("User focus");
    }

    @ParameterizedTest
    @Event(value = "../events/get-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void an_unknown_campaign_is_not_found(APIGatewayV2HTTPEvent event) {
        event.setPathParameters(Map.of("campaignId", "aura-2031-label"));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(errorCode(response)).isEqualTo("campaign_not_found");
        assertThat(response.getHeaders()).containsEntry("Content-Language", "fr");
    }
}
