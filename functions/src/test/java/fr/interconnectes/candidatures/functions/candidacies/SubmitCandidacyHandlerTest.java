package fr.interconnectes.candidatures.functions.candidacies;

import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryReceiptCounters;
import fr.interconnectes.candidatures.testing.PlainMailTemplates;
import fr.interconnectes.candidatures.testing.RecordingMailer;
import fr.interconnectes.candidatures.testing.TestClock;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/submit-candidacy.json}, through the handler's seam. */
class SubmitCandidacyHandlerTest {

    /** The dossier and token the sample event names. */
    private static final String DOSSIER = "cX9f2Lm7Qa1Bz4Kp";
    private static final String TOKEN = "3q2-7wLhZ8s0rQvXyKxP1tA4mN6bC9dE0fG2hJ5kL7o";

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final RecordingMailer mailer = new RecordingMailer();
    private final TestClock clock = new TestClock(Fixtures.DURING_CALL);
    private final SubmitCandidacyHandler handler = new SubmitCandidacyHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, new InMemoryReceiptCounters(), mailer,
            new PlainMailTemplates(), Fixtures.tokens(), new DossierLinks(Fixtures.PUBLIC_BASE_URL), clock);

    @ParameterizedTest
    @Event(value = "../events/submit-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void a_complete_dossier_gets_its_receipt_and_one_confirmation(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.readyToSubmit(DOSSIER, TOKEN, Fixtures.DURING_CALL));

        var response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("ETag", "\"" + candidacies.stored(DOSSIER).version() + "\"");
        assertThat(body(response).get("status").asText()).isEqualTo("submitted");
        assertThat(body(response).at("/receipt/number").asText()).isEqualTo("ARA-2019-L-0001");
        assertThat(candidacies.stored(DOSSIER).status()).isEqualTo(CandidacyStatus.SUBMITTED);
        assertThat(mailer.sentTo("helene.dupre@cc-pays-evian.fr")).hasSize(1);
    }

    @ParameterizedTest
    @Event(value = "../events/submit-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void after_the_deadline_nothing_is_submitted_nor_mailed(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.readyToSubmit(DOSSIER, TOKEN, Fixtures.DURING_CALL));
        clock.set(Fixtures.AFTER_DEADLINE);

        var response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("deadline_passed");
        assertThat(response.getHeaders()).containsEntry("Content-Language", "fr");
        assertThat(candidacies.stored(DOSSIER).status()).isEqualTo(CandidacyStatus.DRAFT);
        assertThat(mailer.sent()).isEmpty();
    }

    /** The demo campaigns' deadline: the last millisecond of closing day, Paris time. */
    private static final java.time.Instant LAST_MILLISECOND = java.time.ZonedDateTime.of(2019, 10, 10, 23, 59, 59,
            999_000_000, Fixtures.PARIS).toInstant();

    private SubmitCandidacyHandler handlerClosingAtTheLastMillisecond() {
        var label = Fixtures.labelCampaign();
        var campaign = new fr.interconnectes.candidatures.domain.Campaign(label.id(), label.title(), label.region(),
                label.track(), label.edition(), label.opensAt(), LAST_MILLISECOND, label.timeZone(),
                label.regionalSelection(), label.criteria(), label.uploadLimits());
        return new SubmitCandidacyHandler(new InMemoryCampaigns(campaign), candidacies, new InMemoryReceiptCounters(),
                mailer, new PlainMailTemplates(), Fixtures.tokens(), new DossierLinks(Fixtures.PUBLIC_BASE_URL), clock);
    }

    @ParameterizedTest
    @Event(value = "../events/submit-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void a_request_api_gateway_received_at_the_last_millisecond_is_in_time_even_run_after_midnight(
            APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.readyToSubmit(DOSSIER, TOKEN, Fixtures.DURING_CALL));
        event.getRequestContext().setTimeEpoch(LAST_MILLISECOND.toEpochMilli());
        clock.set(LAST_MILLISECOND.plusMillis(2_001)); // 00:00:02, after a cold start

        var response = handlerClosingAtTheLastMillisecond().handleRequest(event, null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(candidacies.stored(DOSSIER).receipt().submittedAt()).isEqualTo(LAST_MILLISECOND);
    }

    @ParameterizedTest
    @Event(value = "../events/submit-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void a_request_received_one_millisecond_late_is_late_whenever_it_runs(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.readyToSubmit(DOSSIER, TOKEN, Fixtures.DURING_CALL));
        event.getRequestContext().setTimeEpoch(LAST_MILLISECOND.plusMillis(1).toEpochMilli());
        clock.set(LAST_MILLISECOND.plusMillis(2_001));

        var response = handlerClosingAtTheLastMillisecond().handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("deadline_passed");
    }
}
