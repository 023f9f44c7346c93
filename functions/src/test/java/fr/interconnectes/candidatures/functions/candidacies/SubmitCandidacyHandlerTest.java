package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.port.Metric;
import fr.interconnectes.candidatures.testing.RecordingMetrics;
import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import fr.interconnectes.candidatures.functions.jobs.DeliverRecordedMailsHandler;
import static fr.interconnectes.candidatures.functions.Invocations.streamBatch;
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
    private final RecordingMetrics metrics = new RecordingMetrics();
    private final SubmitCandidacyHandler handler = new SubmitCandidacyHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, new InMemoryReceiptCounters(),
            Fixtures.tokens(), new DossierLinks(Fixtures.PUBLIC_BASE_URL), clock, metrics);
    /** What the table's stream invokes once the dossier is written with its confirmation due. */
    private final DeliverRecordedMailsHandler stream = new DeliverRecordedMailsHandler(candidacies, mailer,
            new PlainMailTemplates(), Fixtures.tokens(), new DossierLinks(Fixtures.PUBLIC_BASE_URL), clock, metrics);

    @ParameterizedTest
    @Event(value = "../events/submit-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void a_complete_dossier_gets_its_receipt_and_one_confirmation(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.readyToSubmit(DOSSIER, TOKEN, Fixtures.DURING_CALL));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("ETag", "\"" + candidacies.stored(DOSSIER).version() + "\"");
        assertThat(body(response).get("status").asText()).isEqualTo("submitted");
        assertThat(body(response).at("/receipt/number").asText()).isEqualTo("ARA-2019-L-0001");
        assertThat(candidacies.stored(DOSSIER).status()).isEqualTo(CandidacyStatus.SUBMITTED);
        // recorded with the dossier, in the same write; the handler itself sends nothing
        assertThat(mailer.sent()).isEmpty();
        assertThat(candidacies.stored(DOSSIER).outbox()).singleElement().satisfies(mail -> {
            assertThat(mail.kind()).isEqualTo("confirmation");
            assertThat(mail.pending()).isTrue();
        });

        assertThat(invoke(stream, streamBatch(DOSSIER))).as("records handed back").isEmpty();

        assertThat(mailer.sentTo("helene.dupre@cc-pays-evian.fr")).singleElement()
                .satisfies(mail -> assertThat(mail.textBody()).contains(Fixtures.PUBLIC_BASE_URL + "/dossier.html#" + DOSSIER));
        // the confirmation keeps API Gateway's request id, under which the outbox job would log its sending
        assertThat(candidacies.stored(DOSSIER).outbox()).singleElement()
                .satisfies(mail -> assertThat(mail.requestId()).isEqualTo(event.getRequestContext().getRequestId()));
        assertThat(metrics.recorded()).containsExactly(new Metric.CandidacySubmitted(Track.LABEL), new Metric.MailSent());
    }

    @ParameterizedTest
    @Event(value = "../events/submit-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void after_the_deadline_nothing_is_submitted_nor_mailed(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.readyToSubmit(DOSSIER, TOKEN, Fixtures.DURING_CALL));
        clock.set(Fixtures.AFTER_DEADLINE);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("deadline_passed");
        assertThat(response.getHeaders()).containsEntry("Content-Language", "fr");
        assertThat(candidacies.stored(DOSSIER).status()).isEqualTo(CandidacyStatus.DRAFT);
        assertThat(candidacies.updates()).as("nothing written, no mail recorded").isZero();
        assertThat(metrics.recorded()).containsExactly(new Metric.DeadlineRefused(Metric.DeadlineRefused.Operation.SUBMIT));
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
                Fixtures.tokens(), new DossierLinks(Fixtures.PUBLIC_BASE_URL), clock, new RecordingMetrics());
    }

    @ParameterizedTest
    @Event(value = "../events/submit-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void a_request_api_gateway_received_at_the_last_millisecond_is_in_time_even_run_after_midnight(
            APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.readyToSubmit(DOSSIER, TOKEN, Fixtures.DURING_CALL));
        event.getRequestContext().setTimeEpoch(LAST_MILLISECOND.toEpochMilli());
        clock.set(LAST_MILLISECOND.plusMillis(2_001)); // 00:00:02, after a cold start

        var response = invoke(handlerClosingAtTheLastMillisecond(), event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(candidacies.stored(DOSSIER).receipt().submittedAt()).isEqualTo(LAST_MILLISECOND);
    }

    @ParameterizedTest
    @Event(value = "../events/submit-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void a_request_received_one_millisecond_late_is_late_whenever_it_runs(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.readyToSubmit(DOSSIER, TOKEN, Fixtures.DURING_CALL));
        event.getRequestContext().setTimeEpoch(LAST_MILLISECOND.plusMillis(1).toEpochMilli());
        clock.set(LAST_MILLISECOND.plusMillis(2_001));

        var response = invoke(handlerClosingAtTheLastMillisecond(), event);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("deadline_passed");
    }
}
