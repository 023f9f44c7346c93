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
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/copy-campaign.json}, through the handler's seam. */
class CopyCampaignHandlerTest {

    /** The edition the sample copies, the one it creates, and the moment it is sent. */
    private static final String SOURCE = "aura-2027-startup";
    private static final String COPY = "aura-2029-startup";
    private static final Instant SAMPLE_TIME = Instant.parse("2027-10-12T09:15:00Z");

    private final InMemoryCampaigns campaigns = new InMemoryCampaigns(Fixtures.startupCampaign(2027));
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final CopyCampaignHandler handler = new CopyCampaignHandler(campaigns, auditLog, new TestClock(SAMPLE_TIME));

    @ParameterizedTest
    @Event(value = "../events/copy-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void the_new_edition_keeps_the_calendar_two_years_on(APIGatewayV2HTTPEvent event) {
        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(201);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("Location", "/campaigns/" + COPY);
        var json = body(response);
        assertThat(json.get("id").asText()).isEqualTo(COPY);
        assertThat(json.get("edition").asInt()).isEqualTo(2029);
        assertThat(json.get("title").asText()).isEqualTo("Concours start-up 2029 — Auvergne-Rhône-Alpes");
        assertThat(json.get("opensAt").asText()).isEqualTo("2029-09-01T00:00:00+02:00");
        assertThat(json.get("status").asText()).isEqualTo("upcoming");
        assertThat(json.at("/regionalSelection/date").asText()).isEqualTo("2029-10-17");
        assertThat(campaigns.find(COPY).orElseThrow().track()).isEqualTo(Fixtures.startupCampaign().track());
        assertThat(auditLog.actions()).containsExactly("campaign_copied");
        assertThat(auditLog.entries().get(0).details()).isEqualTo(Map.of("from", SOURCE));
    }

    @ParameterizedTest
    @Event(value = "../events/copy-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void an_edition_that_exists_is_not_overwritten(APIGatewayV2HTTPEvent event) {
        var existing = Fixtures.startupCampaign(2029);
        campaigns.save(existing);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(errorCode(response)).isEqualTo("campaign_exists");
        assertThat(campaigns.find(COPY)).contains(existing);
        assertThat(auditLog.entries()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/copy-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void an_unknown_source_is_not_found(APIGatewayV2HTTPEvent event) {
        event.setPathParameters(Map.of("campaignId", "aura-2026-startup"));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(errorCode(response)).isEqualTo("campaign_not_found");
        assertThat(campaigns.find(COPY)).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/copy-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void a_bad_id_and_year_are_both_reported(APIGatewayV2HTTPEvent event) {
        event.setBody("{\"id\": \"AURA 2029\", \"edition\": 1999}");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(faultyFields(response)).containsExactly("edition out_of_range", "id invalid_id");
        assertThat(campaigns.all()).hasSize(1);
    }
}
