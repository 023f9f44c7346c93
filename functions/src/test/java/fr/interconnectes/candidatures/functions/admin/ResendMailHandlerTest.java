package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.testing.RecordingMetrics;
import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.PlainMailTemplates;
import fr.interconnectes.candidatures.testing.RecordingMailer;
import fr.interconnectes.candidatures.testing.TestClock;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample of {@code sam local invoke -e events/resend-mail.json}, through the handler's seam. */
class ResendMailHandlerTest {

    private static final String DOSSIER = "cX9f2Lm7Qa1Bz4Kp";
    private static final String APPLICANT = "helene.dupre@cc-pays-evian.fr";

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final RecordingMailer mailer = new RecordingMailer();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final ResendMailHandler handler = new ResendMailHandler(new InMemoryCampaigns(Fixtures.labelCampaign()),
            candidacies, auditLog, mailer, new PlainMailTemplates(), Fixtures.tokens(),
            new DossierLinks(Fixtures.PUBLIC_BASE_URL), new TestClock(Fixtures.AFTER_DEADLINE), new RecordingMetrics());

    private void aSentConfirmation() {
        OutboxMail confirmation = OutboxMail.pending("m8Fq2xK1a", "confirmation", APPLICANT, "Dossier déposé",
                "Votre dossier : " + OutboxMail.LINK_PLACEHOLDER, null, "nonce", Fixtures.DURING_CALL)
                .sent(Fixtures.DURING_CALL, "ses-1");
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL).withMailAdded(confirmation));
    }

    @ParameterizedTest
    @Event(value = "../events/resend-mail.json", type = APIGatewayV2HTTPEvent.class)
    void the_mail_goes_again_once_for_the_key_and_is_audited(APIGatewayV2HTTPEvent event) {
        aSentConfirmation();

        var response = invoke(handler, event);
        var retried = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(202);
        assertThat(body(response).at("/mail/resendOf").asText()).isEqualTo("m8Fq2xK1a");
        assertThat(body(response).at("/mail/status").asText()).isEqualTo("sent");
        assertThat(retried.getStatusCode()).isEqualTo(202);
        assertThat(retried.getHeaders()).containsEntry("Idempotent-Replayed", "true");
        assertThat(body(retried).at("/mail/id").asText()).isEqualTo(body(response).at("/mail/id").asText());
        assertThat(mailer.sentTo(APPLICANT)).singleElement()
                .satisfies(m -> assertThat(m.textBody()).contains(Fixtures.PUBLIC_BASE_URL + "/dossier.html#" + DOSSIER));
        assertThat(auditLog.actions()).containsExactly("mail_resent");
    }

    @ParameterizedTest
    @Event(value = "../events/resend-mail.json", type = APIGatewayV2HTTPEvent.class)
    void without_an_idempotency_key_nothing_is_resent(APIGatewayV2HTTPEvent event) {
        aSentConfirmation();
        event.getHeaders().remove("idempotency-key");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("idempotency_key_required");
        assertThat(mailer.sent()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/resend-mail.json", type = APIGatewayV2HTTPEvent.class)
    void another_region_may_not_resend(APIGatewayV2HTTPEvent event) {
        aSentConfirmation();

        assertThat(errorCode(invoke(handler, AdminEvents.asRegionalOrganiser(event, "IDF"))))
                .isEqualTo("out_of_region");
        assertThat(mailer.sent()).isEmpty();
    }
}
