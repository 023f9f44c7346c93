package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.testing.RecordingMetrics;
import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.candidacies.ApplicantSamples.CONTACT;
import static fr.interconnectes.candidatures.functions.candidacies.ApplicantSamples.DOSSIER;
import fr.interconnectes.candidatures.functions.jobs.DeliverRecordedMailsHandler;
import static fr.interconnectes.candidatures.functions.Invocations.streamBatch;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.notifications.WithdrawalMail;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.PlainMailTemplates;
import fr.interconnectes.candidatures.testing.RecordingMailer;
import fr.interconnectes.candidatures.testing.TestClock;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/withdraw-candidacy.json}, through the handler's seam. */
class WithdrawCandidacyHandlerTest {

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final RecordingMailer mailer = new RecordingMailer();
    private final PlainMailTemplates templates = new PlainMailTemplates();
    private final TestClock clock = new TestClock(Fixtures.DURING_CALL);
    private final WithdrawCandidacyHandler handler = new WithdrawCandidacyHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, Fixtures.tokens(),
            new DossierLinks(Fixtures.PUBLIC_BASE_URL), clock);
    /** What the table's stream invokes once the dossier is written with its notice due. */
    private final DeliverRecordedMailsHandler stream = new DeliverRecordedMailsHandler(candidacies, mailer,
            templates, Fixtures.tokens(), new DossierLinks(Fixtures.PUBLIC_BASE_URL), clock, new RecordingMetrics());

    @ParameterizedTest
    @Event(value = "../events/withdraw-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void a_submitted_dossier_is_withdrawn_after_the_deadline_too_and_its_applicant_told(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.submitted());
        clock.set(Fixtures.AFTER_DEADLINE);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        Candidacy stored = candidacies.stored(DOSSIER);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("ETag", "\"" + stored.version() + "\"");
        assertThat(body(response).get("status").asText()).isEqualTo("withdrawn");
        assertThat(body(response).get("withdrawnAt").asText()).isEqualTo("2019-10-11T00:00:00+02:00");
        assertThat(body(response).at("/receipt/number").asText()).isEqualTo(ApplicantSamples.RECEIPT);
        assertThat(stored.status()).isEqualTo(CandidacyStatus.WITHDRAWN);
        assertThat(mailer.sent()).as("left to the stream").isEmpty();
        assertThat(invoke(stream, streamBatch(DOSSIER))).isEmpty();
        assertThat(mailer.sentTo(CONTACT)).singleElement()
                .satisfies(mail -> assertThat(mail.textBody()).contains(Fixtures.PUBLIC_BASE_URL));
        assertThat(templates.rendered(WithdrawalMail.class)).singleElement()
                .satisfies(mail -> assertThat(mail.receiptNumber()).isEqualTo(ApplicantSamples.RECEIPT));
    }

    @ParameterizedTest
    @Event(value = "../events/withdraw-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void withdrawing_again_changes_nothing_and_mails_nothing_more(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.submitted());
        invoke(handler, event);
        invoke(stream, streamBatch(DOSSIER));
        long version = candidacies.stored(DOSSIER).version();

        var again = invoke(handler, event);
        invoke(stream, streamBatch(DOSSIER));

        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(again.getHeaders()).containsEntry("ETag", "\"" + version + "\"");
        assertThat(candidacies.stored(DOSSIER).outbox()).hasSize(1);
        assertThat(mailer.sentTo(CONTACT)).hasSize(1);
    }

    @ParameterizedTest
    @Event(value = "../events/withdraw-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void an_expired_dossier_can_no_longer_be_withdrawn(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.draft().expired(Fixtures.AFTER_DEADLINE));
        clock.set(Fixtures.AFTER_DEADLINE);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(errorCode(response)).isEqualTo("candidacy_expired");
        assertThat(candidacies.stored(DOSSIER).status()).isEqualTo(CandidacyStatus.EXPIRED);
        assertThat(candidacies.updates()).as("nothing written, no mail recorded").isZero();
    }

    @ParameterizedTest
    @Event(value = "../events/withdraw-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void another_token_withdraws_nothing(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.submitted());
        event.getHeaders().put("authorization", "Bearer not-the-token-of-this-dossier");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(errorCode(response)).isEqualTo("candidacy_not_found");
        assertThat(candidacies.stored(DOSSIER).status()).isEqualTo(CandidacyStatus.SUBMITTED);
        assertThat(candidacies.updates()).as("nothing written, no mail recorded").isZero();
    }
}
