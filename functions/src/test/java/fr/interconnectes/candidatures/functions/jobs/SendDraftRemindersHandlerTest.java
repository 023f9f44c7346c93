package fr.interconnectes.candidatures.functions.jobs;

import fr.interconnectes.candidatures.testing.RecordingMetrics;
import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.PlainMailTemplates;
import fr.interconnectes.candidatures.testing.RecordingMailer;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** The EventBridge sample of {@code sam local invoke -e events/send-draft-reminders.json}, through the handler's seam. */
class SendDraftRemindersHandlerTest {

    private static final String APPLICANT = "helene.dupre@cc-pays-evian.fr";
    /** A week before the label campaign closes (23:59:59 Paris time). */
    private static final Instant WEEK_BEFORE = Instant.parse("2019-10-03T21:59:59Z");

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final RecordingMailer mailer = new RecordingMailer();
    private final SendDraftRemindersHandler handler = new SendDraftRemindersHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign(), Fixtures.nationalLabelCampaign()), candidacies, mailer,
            new PlainMailTemplates(), Fixtures.tokens(), new DossierLinks(Fixtures.PUBLIC_BASE_URL),
            new TestClock(WEEK_BEFORE), new RecordingMetrics());

    @ParameterizedTest
    @Event(value = "../events/send-draft-reminders.json", type = Map.class)
    void a_week_before_the_deadline_the_draft_is_reminded_once_and_the_filed_dossier_not(Map<String, Object> event) {
        candidacies.put(Fixtures.readyToSubmit("cDraft", "token-cDraft", Fixtures.DURING_CALL));
        candidacies.put(Fixtures.submitted("cSubmitted", "ARA-2019-L-0001", Fixtures.DURING_CALL));

        assertThat(invoke(handler, event)).isEqualTo(Map.of("reminded", 1, "failed", 0));
        assertThat(invoke(handler, event)).isEqualTo(Map.of("reminded", 0, "failed", 0));

        assertThat(mailer.sentTo(APPLICANT)).singleElement().satisfies(m -> {
            assertThat(m.subject()).startsWith("reminder");
            assertThat(m.textBody()).contains(Fixtures.PUBLIC_BASE_URL + "/dossier.html#cDraft.")
                    .contains(Fixtures.PUBLIC_BASE_URL + "/unsubscribe.html#cDraft.");
        });
        assertThat(candidacies.stored("cSubmitted").outbox()).isEmpty();
    }
}
