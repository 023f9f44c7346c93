package fr.interconnectes.candidatures.functions.jobs;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.Invocations.streamBatch;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.Metric;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.RecordingMailer;
import fr.interconnectes.candidatures.testing.PlainMailTemplates;
import fr.interconnectes.candidatures.testing.RecordingMetrics;
import fr.interconnectes.candidatures.testing.TestClock;
import fr.interconnectes.candidatures.testing.UnreadableCandidacies;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The DynamoDB stream sample of {@code sam local invoke -e events/deliver-recorded-mails.json}: a submitted dossier
 * written with its confirmation due, and a dossier that is no longer there, through the handler's seam.
 */
class DeliverRecordedMailsHandlerTest {

    /** The two dossiers the sample's records name, in order; the second is not stored. */
    private static final String DOSSIER = "cX9f2Lm7Qa1Bz4Kp";
    private static final String GONE = "cK3h8Wn2Rb5Dy7Lq";
    private static final String APPLICANT = "helene.dupre@cc-pays-evian.fr";
    private static final String NONCE = "nonce-of-the-confirmation";
    private static final Instant RECORDED = Fixtures.DURING_CALL;

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final RecordingMailer mailer = new RecordingMailer();
    private final DossierLinks links = new DossierLinks(Fixtures.PUBLIC_BASE_URL);
    private final TestClock clock = new TestClock(RECORDED.plusMillis(400));
    private final RecordingMetrics metrics = new RecordingMetrics();
    private final DeliverRecordedMailsHandler handler = handlerOn(candidacies);

    private DeliverRecordedMailsHandler handlerOn(Candidacies store) {
        return new DeliverRecordedMailsHandler(store, mailer, new PlainMailTemplates(), Fixtures.tokens(), links, clock,
                metrics);
    }

    /** The submission's write: the dossier and its confirmation, with its link still to put in. */
    private void storeSubmittedWithItsConfirmation() {
        OutboxMail confirmation = OutboxMail.pending("m1", "confirmation", APPLICANT, "Dossier déposé",
                "Votre dossier : " + OutboxMail.LINK_PLACEHOLDER, null, NONCE, RECORDED);
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", RECORDED).withMailAdded(confirmation));
    }

    @ParameterizedTest
    @Event(value = "../events/deliver-recorded-mails.json", type = DynamodbEvent.class)
    void the_confirmation_goes_with_its_link_and_a_dossier_no_longer_there_is_passed_over(DynamodbEvent event) {
        storeSubmittedWithItsConfirmation();

        assertThat(invoke(handler, event)).as("records handed back").isEmpty();

        assertThat(mailer.sentTo(APPLICANT)).singleElement().satisfies(mail -> assertThat(mail.textBody())
                .isEqualTo("Votre dossier : " + links.dossier(DOSSIER, Fixtures.tokens().token(DOSSIER, NONCE))));
        assertThat(candidacies.stored(DOSSIER).mail("m1").orElseThrow().state()).isEqualTo(OutboxMail.State.SENT);
        assertThat(candidacies.stored(DOSSIER).nextMailDue()).as("out of the outbox index").isEmpty();
        assertThat(candidacies.find(GONE)).isEmpty();
        assertThat(metrics.recorded()).containsExactly(new Metric.MailSent());
    }

    @ParameterizedTest
    @Event(value = "../events/deliver-recorded-mails.json", type = DynamodbEvent.class)
    void a_batch_delivered_again_and_the_records_of_its_own_writes_send_nothing_more(DynamodbEvent event) {
        storeSubmittedWithItsConfirmation();
        invoke(handler, event);

        assertThat(invoke(handler, event)).isEmpty();
        // the claim and the "sent" write are stream records too: the event source's filter lets the claim through
        assertThat(invoke(handler, streamBatch(DOSSIER, DOSSIER))).isEmpty();

        assertThat(mailer.sentTo(APPLICANT)).hasSize(1);
    }

    @ParameterizedTest
    @Event(value = "../events/deliver-recorded-mails.json", type = DynamodbEvent.class)
    void a_mail_another_sender_holds_is_left_to_it(DynamodbEvent event) {
        storeSubmittedWithItsConfirmation();
        var held = candidacies.stored(DOSSIER).withMail("m1", mail -> mail.claim(clock.instant().plus(Duration.ofMinutes(2))));
        candidacies.update(held);

        assertThat(invoke(handler, event)).isEmpty();

        assertThat(mailer.sent()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/deliver-recorded-mails.json", type = DynamodbEvent.class)
    void a_mail_the_mail_service_refuses_stays_pending_for_the_retry_job_and_the_record_is_not_handed_back(
            DynamodbEvent event) {
        storeSubmittedWithItsConfirmation();
        mailer.refuseNext(1);

        assertThat(invoke(handler, event)).isEmpty();

        OutboxMail mail = candidacies.stored(DOSSIER).mail("m1").orElseThrow();
        assertThat(mail.pending()).isTrue();
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.nextAttemptAt()).isAfter(clock.instant());
        assertThat(metrics.recorded()).containsExactly(new Metric.MailRetried());
    }

    @ParameterizedTest
    @Event(value = "../events/deliver-recorded-mails.json", type = DynamodbEvent.class)
    void a_dossier_the_table_cannot_give_is_handed_back_by_its_record_and_the_others_still_go(DynamodbEvent event) {
        storeSubmittedWithItsConfirmation();
        String gonesSequence = event.getRecords().get(1).getDynamodb().getSequenceNumber();

        var answer = invoke(handlerOn(failingToRead(GONE)), event);

        assertThat(answer).containsExactly(gonesSequence);
        assertThat(mailer.sentTo(APPLICANT)).hasSize(1);
    }

    @ParameterizedTest
    @Event(value = "../events/deliver-recorded-mails.json", type = DynamodbEvent.class)
    void an_item_that_is_not_a_dossier_is_not_read(DynamodbEvent event) {
        storeSubmittedWithItsConfirmation();
        var keys = event.getRecords().get(0).getDynamodb().getKeys();
        keys.put("SK", new AttributeValue("JURY#juror-1"));

        assertThat(invoke(handlerOn(failingToRead(DOSSIER)), event)).as("not even tried").isEmpty();

        assertThat(mailer.sent()).isEmpty();
    }

    /** The store, except that reading {@code candidacyId} fails as DynamoDB does when it cannot answer. */
    private Candidacies failingToRead(String candidacyId) {
        return UnreadableCandidacies.except(candidacies, candidacyId);
    }
}
