package fr.interconnectes.candidatures.functions.jobs;

import fr.interconnectes.candidatures.testing.RecordingMetrics;
import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.PlainMailTemplates;
import fr.interconnectes.candidatures.testing.RecordingMailer;
import fr.interconnectes.candidatures.testing.TestClock;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** The EventBridge sample of {@code sam local invoke -e events/close-campaigns.json}, through the handler's seam. */
class CloseCampaignsHandlerTest {

    private static final String DRAFT = "cDraft";
    private static final String APPLICANT = "helene.dupre@cc-pays-evian.fr";

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final RecordingMailer mailer = new RecordingMailer();
    private final TestClock clock = new TestClock(Fixtures.AFTER_DEADLINE);
    private final CloseCampaignsHandler handler = new CloseCampaignsHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign(), Fixtures.nationalLabelCampaign()), candidacies, mailer,
            new PlainMailTemplates(), Fixtures.tokens(), new DossierLinks(Fixtures.PUBLIC_BASE_URL), clock, new RecordingMetrics());

    /** A draft never submitted, and a dossier submitted in time, in the label campaign. */
    private void storeDossiers() {
        candidacies.put(Fixtures.readyToSubmit(DRAFT, "token-" + DRAFT, Fixtures.DURING_CALL));
        candidacies.put(Fixtures.submitted("cSubmitted", "ARA-2019-L-0001", Fixtures.DURING_CALL));
    }

    @ParameterizedTest
    @Event(value = "../events/close-campaigns.json", type = Map.class)
    void past_the_deadline_the_draft_expires_and_its_applicant_is_told_once(Map<String, Object> event) {
        storeDossiers();

        var closed = invoke(handler, event);

        // the national round closes later
        assertThat(closed).isEqualTo(Map.of("closedCampaigns", 1, "expiredDrafts", 1));
        assertThat(candidacies.stored(DRAFT).status()).isEqualTo(CandidacyStatus.EXPIRED);
        assertThat(candidacies.stored("cSubmitted").status()).isEqualTo(CandidacyStatus.SUBMITTED);
        assertThat(mailer.sentTo(APPLICANT)).singleElement()
                .satisfies(m -> assertThat(m.subject()).startsWith("expired"));
        assertThat(candidacies.stored(DRAFT).outbox()).singleElement()
                .satisfies(m -> assertThat(m.state()).isEqualTo(OutboxMail.State.SENT));

        assertThat(invoke(handler, event)).isEqualTo(Map.of("closedCampaigns", 1, "expiredDrafts", 0));
        assertThat(mailer.sent()).hasSize(1);
    }

    @ParameterizedTest
    @Event(value = "../events/close-campaigns.json", type = Map.class)
    void while_the_call_is_open_nothing_closes(Map<String, Object> event) {
        storeDossiers();
        clock.set(Fixtures.CLOSES);

        assertThat(invoke(handler, event)).isEqualTo(Map.of("closedCampaigns", 0, "expiredDrafts", 0));
        assertThat(candidacies.stored(DRAFT).status()).isEqualTo(CandidacyStatus.DRAFT);
        assertThat(mailer.sent()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/close-campaigns.json", type = Map.class)
    void when_mail_is_down_the_draft_still_expires_and_its_notice_waits_for_the_retry_job(Map<String, Object> event) {
        storeDossiers();
        mailer.refuseNext(1);

        assertThat(invoke(handler, event)).isEqualTo(Map.of("closedCampaigns", 1, "expiredDrafts", 1));
        assertThat(candidacies.stored(DRAFT).status()).isEqualTo(CandidacyStatus.EXPIRED);
        assertThat(mailer.sent()).isEmpty();
        assertThat(candidacies.stored(DRAFT).outbox()).singleElement()
                .satisfies(m -> assertThat(m.pending()).isTrue());
    }
}
