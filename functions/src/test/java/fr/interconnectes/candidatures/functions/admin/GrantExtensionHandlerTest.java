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
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/grant-extension.json}, through the handler's seam. */
class GrantExtensionHandlerTest {

    /** The dossier the sample event names, in the call that closed on 10 October 2027; the moment it is sent. */
    private static final String DOSSIER = "cX9f2Lm7Qa1Bz4Kp";
    private static final String CAMPAIGN = "aura-2027-label";
    private static final String ARA_ORGANISER = "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final Instant SAMPLE_TIME = Instant.parse("2027-10-12T09:15:00Z");

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final GrantExtensionHandler handler = new GrantExtensionHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign(2027)), candidacies, auditLog, new TestClock(SAMPLE_TIME));

    private void aDraftLeftUnsubmitted() {
        candidacies.put(Fixtures.readyToSubmitIn(CAMPAIGN, DOSSIER, "token", Instant.parse("2027-10-05T08:00:00Z")));
    }

    @ParameterizedTest
    @Event(value = "../events/grant-extension.json", type = APIGatewayV2HTTPEvent.class)
    void the_dossier_gets_a_week_more(APIGatewayV2HTTPEvent event) {
        aDraftLeftUnsubmitted();

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        var json = body(response);
        assertThat(json.get("id").asText()).isEqualTo(DOSSIER);
        assertThat(json.get("deadline").asText()).isEqualTo("2027-10-17T12:00:00+02:00");
        assertThat(json.get("personalDeadline").asText()).isEqualTo("2027-10-17T12:00:00+02:00");
        assertThat(candidacies.stored(DOSSIER).personalDeadline()).isEqualTo(Instant.parse("2027-10-17T10:00:00Z"));
        assertThat(auditLog.actions()).containsExactly("extension_granted");
        var entry = auditLog.entries().get(0);
        assertThat(entry.actor()).isEqualTo(ARA_ORGANISER);
        assertThat(entry.candidacyId()).isEqualTo(DOSSIER);
        assertThat(entry.details()).containsEntry("reason", "Panne du réseau de la mairie le 10 octobre");
    }

    @ParameterizedTest
    @Event(value = "../events/grant-extension.json", type = APIGatewayV2HTTPEvent.class)
    void an_extension_must_go_beyond_the_campaigns_deadline(APIGatewayV2HTTPEvent event) {
        aDraftLeftUnsubmitted();
        event.setBody(event.getBody().replace("2027-10-17T12:00:00+02:00", "2027-10-09T12:00:00+02:00"));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("validation_failed");
        assertThat(faultyFields(response)).containsExactly("deadline before_campaign_deadline");
        assertThat(candidacies.stored(DOSSIER).personalDeadline()).isNull();
        assertThat(auditLog.entries()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/grant-extension.json", type = APIGatewayV2HTTPEvent.class)
    void the_body_must_be_declared_json(APIGatewayV2HTTPEvent event) {
        aDraftLeftUnsubmitted();
        event.getHeaders().put("content-type", "text/plain");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(415);
        assertThat(errorCode(response)).isEqualTo("unsupported_media_type");
        assertThat(candidacies.stored(DOSSIER).personalDeadline()).isNull();
    }

    @ParameterizedTest
    @Event(value = "../events/grant-extension.json", type = APIGatewayV2HTTPEvent.class)
    void an_organiser_of_another_region_grants_nothing(APIGatewayV2HTTPEvent event) {
        aDraftLeftUnsubmitted();

        var response = invoke(handler, AdminEvents.asRegionalOrganiser(event, "IDF"));

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("out_of_region");
        assertThat(candidacies.stored(DOSSIER).personalDeadline()).isNull();
        assertThat(auditLog.entries()).isEmpty();
    }
}
