package fr.interconnectes.candidatures.functions.campaigns;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.TestClock;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/list-campaigns.json}, through the handler's seam. */
class ListCampaignsHandlerTest {

    private final TestClock clock = new TestClock(Fixtures.DURING_CALL);
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns(Fixtures.labelCampaign(),
            Fixtures.startupCampaign(), Fixtures.nationalLabelCampaign());
    private final ListCampaignsHandler handler = new ListCampaignsHandler(campaigns, clock);

    @ParameterizedTest
    @Event(value = "../events/list-campaigns.json", type = APIGatewayV2HTTPEvent.class)
    void every_campaign_is_listed_with_its_status_as_of_now(APIGatewayV2HTTPEvent event) {
        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("Content-Language", "fr");
        assertThat(body(response).get("campaigns")).extracting(ListCampaignsHandlerTest::idAndStatus).containsExactly(
                Fixtures.LABEL_CAMPAIGN + " open", Fixtures.STARTUP_CAMPAIGN + " open",
                Fixtures.NATIONAL_LABEL_CAMPAIGN + " upcoming");
    }

    @ParameterizedTest
    @Event(value = "../events/list-campaigns.json", type = APIGatewayV2HTTPEvent.class)
    void a_campaign_saved_since_is_listed_first_when_its_edition_is_newer(APIGatewayV2HTTPEvent event) {
        campaigns.save(Fixtures.labelCampaign(2027));
        clock.set(Fixtures.AFTER_DEADLINE);

        var response = invoke(handler, event);

        assertThat(body(response).get("campaigns")).extracting(ListCampaignsHandlerTest::idAndStatus).startsWith(
                "aura-2027-label upcoming", Fixtures.LABEL_CAMPAIGN + " closed");
    }

    @ParameterizedTest
    @Event(value = "../events/list-campaigns.json", type = APIGatewayV2HTTPEvent.class)
    void an_english_reader_gets_them_in_english(APIGatewayV2HTTPEvent event) {
        event.getHeaders().put("accept-language", "en");

        var response = invoke(handler, event);

        assertThat(response.getHeaders()).containsEntry("Content-Language", "en");
        assertThat(body(response).at("/campaigns/2/title").asText())
                .isEqualTo("Innovative Territories Label 2019 — national final");
    }

    private static String idAndStatus(JsonNode campaign) {
        return campaign.get("id").asText() + " " + campaign.get("status").asText();
    }
}
