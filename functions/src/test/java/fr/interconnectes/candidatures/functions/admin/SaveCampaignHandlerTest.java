package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.HandlerResponses.faultyFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/save-campaign.json}, through the handler's seam. */
class SaveCampaignHandlerTest {

    /** The campaign, the regional organiser and the moment the sample event names. */
    private static final String CAMPAIGN = "aura-2028-label";
    private static final String ARA_ORGANISER = "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final Instant SAMPLE_TIME = Instant.parse("2027-10-12T09:15:00Z");

    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final SaveCampaignHandler handler = new SaveCampaignHandler(campaigns, auditLog, new TestClock(SAMPLE_TIME));

    @ParameterizedTest
    @Event(value = "../events/save-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void a_regional_organiser_creates_the_next_edition_of_their_region(APIGatewayV2HTTPEvent event) {
        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(201);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("Location", "/campaigns/" + CAMPAIGN);
        var json = body(response);
        assertThat(json.get("id").asText()).isEqualTo(CAMPAIGN);
        assertThat(json.get("title").asText()).isEqualTo("Label Territoires Innovants 2028 – Auvergne-Rhône-Alpes");
        assertThat(json.get("status").asText()).isEqualTo("open");
        assertThat(json.get("closesAt").asText()).isEqualTo("2028-10-10T23:59:59.999+02:00");
        assertThat(json.at("/regionalSelection/place").asText()).isEqualTo("Annecy");
        assertThat(json.get("criteria")).hasSize(5);
        var stored = campaigns.find(CAMPAIGN).orElseThrow();
        assertThat(stored.region().code()).isEqualTo("ARA");
        assertThat(stored.closesAt()).isEqualTo(Instant.parse("2028-10-10T21:59:59.999Z"));
        assertThat(auditLog.actions()).containsExactly("campaign_created");
        assertThat(auditLog.entries().get(0).actor()).isEqualTo(ARA_ORGANISER);
        assertThat(auditLog.entries().get(0).campaignId()).isEqualTo(CAMPAIGN);
    }

    @ParameterizedTest
    @Event(value = "../events/save-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void saving_an_existing_campaign_updates_it(APIGatewayV2HTTPEvent event) {
        campaigns.save(Fixtures.labelCampaign(2028));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Location", "/campaigns/" + CAMPAIGN);
        assertThat(campaigns.find(CAMPAIGN).orElseThrow().title().fr())
                .isEqualTo("Label Territoires Innovants 2028 – Auvergne-Rhône-Alpes");
        assertThat(auditLog.actions()).containsExactly("campaign_updated");
    }

    @ParameterizedTest
    @Event(value = "../events/save-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void an_organiser_of_another_region_saves_nothing(APIGatewayV2HTTPEvent event) {
        AdminEvents.asRegionalOrganiser(event, "IDF");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("out_of_region");
        assertThat(campaigns.find(CAMPAIGN)).isEmpty();
        assertThat(auditLog.entries()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/save-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void every_faulty_field_is_reported_at_once(APIGatewayV2HTTPEvent event) {
        event.setBody(event.getBody().replace("\"track\": \"label\", ", "")
                .replace("2028-10-10T23:59:59.999+02:00", "2027-08-01T00:00:00+02:00"));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("validation_failed");
        assertThat(faultyFields(response)).containsExactly("track invalid_enum", "closesAt before_opening");
        assertThat(campaigns.find(CAMPAIGN)).isEmpty();
    }
}
