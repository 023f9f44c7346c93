package fr.interconnectes.candidatures.functions.jobs;

import fr.interconnectes.candidatures.testing.PlainMailTemplates;
import fr.interconnectes.candidatures.testing.RecordingMetrics;
import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.RecordingMailer;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The EventBridge sample of {@code sam local invoke -e events/deliver-pending-mails.json}, through the handler's
 * seam.
 */
class DeliverPendingMailsHandlerTest {

    private static final String DOSSIER = "cX9f2Lm7Qa1Bz4Kp";
    private static final String APPLICANT = "helene.dupre@cc-pays-evian.fr";
    private static final String NONCE = "nonce-of-the-confirmation";
    /** When the submission recorded its confirmation, and SES refused it. */
    private static final Instant REFUSED = Fixtures.DURING_CALL;

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final RecordingMailer mailer = new RecordingMailer();
    private final DossierLinks links = new DossierLinks(Fixtures.PUBLIC_BASE_URL);
    private final TestClock clock = new TestClock(REFUSED.plus(Duration.ofMinutes(1)));
    private final DeliverPendingMailsHandler handler = new DeliverPendingMailsHandler(candidacies, mailer,
            new PlainMailTemplates(), Fixtures.tokens(), links, clock, new RecordingMetrics());

    /** The dossier's confirmation, with its link still to put in, refused once by SES: due a minute later. */
    private void storeConfirmationRefusedOnce() {
        OutboxMail confirmation = OutboxMail.pending("m1", "confirmation", APPLICANT, "Dossier déposé",
                "Votre dossier : " + OutboxMail.LINK_PLACEHOLDER, null, NONCE, REFUSED)
                .failed(REFUSED, "MailNotSent: mail service refused");
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", REFUSED).withMailAdded(confirmation));
    }

    @ParameterizedTest
    @Event(value = "../events/deliver-pending-mails.json", type = Map.class)
    void the_job_sends_the_mail_a_request_could_not_with_its_link_and_only_once(Map<String, Object> event) {
        storeConfirmationRefusedOnce();

        assertThat(invoke(handler, event)).isEqualTo(Map.of("sent", 1, "failed", 0));

        String link = links.dossier(DOSSIER, Fixtures.tokens().token(DOSSIER, NONCE));
        assertThat(mailer.sentTo(APPLICANT)).singleElement()
                .satisfies(m -> assertThat(m.textBody()).isEqualTo("Votre dossier : " + link));
        assertThat(candidacies.stored(DOSSIER).outbox()).singleElement().satisfies(m -> {
            assertThat(m.state()).isEqualTo(OutboxMail.State.SENT);
            assertThat(m.providerMessageId()).isEqualTo("message-1");
        });
        assertThat(candidacies.stored(DOSSIER).toString()).doesNotContain(link);

        assertThat(invoke(handler, event)).isEqualTo(Map.of("sent", 0, "failed", 0));
        assertThat(mailer.sent()).hasSize(1);
    }

    @ParameterizedTest
    @Event(value = "../events/deliver-pending-mails.json", type = Map.class)
    void a_mail_is_not_retried_before_its_backoff_runs_out(Map<String, Object> event) {
        storeConfirmationRefusedOnce();
        clock.set(REFUSED.plusSeconds(30));

        assertThat(invoke(handler, event)).isEqualTo(Map.of("sent", 0, "failed", 0));
        assertThat(mailer.sent()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/deliver-pending-mails.json", type = Map.class)
    void while_mail_is_still_down_the_retry_waits_longer(Map<String, Object> event) {
        storeConfirmationRefusedOnce();
        mailer.refuseNext(1);

        assertThat(invoke(handler, event)).isEqualTo(Map.of("sent", 0, "failed", 1));
        assertThat(candidacies.stored(DOSSIER).outbox()).singleElement().satisfies(m -> {
            assertThat(m.pending()).isTrue();
            assertThat(m.attempts()).isEqualTo(2);
            assertThat(m.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        });
    }
}
