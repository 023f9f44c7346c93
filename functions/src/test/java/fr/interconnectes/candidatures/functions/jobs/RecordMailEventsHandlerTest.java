package fr.interconnectes.candidatures.functions.jobs;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.candidacy.MailOutcome;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.domain.candidacy.Undeliverable;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The SNS sample of {@code sam local invoke -e events/record-mail-events.json}: SES's bounce of a confirmation,
 * through the handler's seam.
 */
class RecordMailEventsHandlerTest {

    private static final String DOSSIER = "cX9f2Lm7Qa1Bz4Kp";
    private static final String APPLICANT = "helene.dupre@cc-pays-evian.fr";

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final RecordMailEventsHandler handler = new RecordMailEventsHandler(candidacies);

    private void storeSentConfirmation() {
        OutboxMail confirmation = OutboxMail.pending("m8Fq2xK1a", "confirmation", APPLICANT, "Dossier déposé", "texte",
                null, null, Fixtures.DURING_CALL).sent(Fixtures.DURING_CALL, "0102018e-ses-message-id-of-the-confirmation");
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL).withMailAdded(confirmation));
    }

    @ParameterizedTest
    @Event(value = "../events/record-mail-events.json", type = SNSEvent.class)
    void a_hard_bounce_is_recorded_on_the_mail_and_marks_the_address(SNSEvent event) {
        storeSentConfirmation();

        assertThat(invoke(handler, event)).isEqualTo(Map.of("received", 1, "recorded", 1, "ignored", 0));

        var stored = candidacies.stored(DOSSIER);
        assertThat(stored.mail("m8Fq2xK1a").orElseThrow().outcome()).satisfies(outcome -> {
            assertThat(outcome.type()).isEqualTo(MailOutcome.Type.BOUNCED);
            assertThat(outcome.at()).isEqualTo(Instant.parse("2027-10-10T14:03:15.412Z"));
            assertThat(outcome.detail()).isEqualTo("Permanent/General: smtp; 550 5.1.1 user unknown");
        });
        assertThat(stored.undeliverableContact()).hasValueSatisfying(u -> assertThat(u.reason())
                .isEqualTo(Undeliverable.Reason.BOUNCE));
        int writes = candidacies.updates();
        invoke(handler, event);
        assertThat(candidacies.updates()).as("delivered twice, recorded once").isEqualTo(writes);
    }

    @ParameterizedTest
    @Event(value = "../events/record-mail-events.json", type = SNSEvent.class)
    void an_event_about_no_dossier_of_ours_is_passed_over(SNSEvent event) {
        assertThat(invoke(handler, event)).isEqualTo(Map.of("received", 1, "recorded", 0, "ignored", 1));
    }
}
