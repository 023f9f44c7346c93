package fr.interconnectes.candidatures.applications;

import static fr.interconnectes.candidatures.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CandidacyRulesTest {

    private final TestClock clock = new TestClock(Fixtures.DURING_CALL);
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns(Fixtures.labelCampaign());
    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final Candidacy draft = candidacies.put(Fixtures.readyToSubmit("c1", "t1", Fixtures.DURING_CALL));

    private CandidacyRules.Opened openForWrite(String candidacyId, String authorization) {
        return CandidacyRules.openForWrite(new ApplicantAccess(candidacies), campaigns, candidacyId, authorization,
                ReceivedAt.UNKNOWN, clock);
    }

    @Test
    void the_applicant_opens_their_draft_with_its_campaign_and_the_moment_the_request_was_received() {
        CandidacyRules.Opened opened = openForWrite("c1", "Bearer t1");

        assertThat(opened.candidacy()).isEqualTo(draft);
        assertThat(opened.campaign()).isEqualTo(Fixtures.labelCampaign());
        assertThat(opened.receivedAt()).isEqualTo(Fixtures.DURING_CALL);
    }

    @Test
    void a_submitted_dossier_may_still_change_before_the_deadline() {
        candidacies.put(Fixtures.submitted("c2", "ARA-2019-L-0001", Fixtures.DURING_CALL));

        assertThat(openForWrite("c2", "Bearer token-c2").candidacy().id()).isEqualTo("c2");
    }

    @Test
    void only_with_the_dossiers_token() {
        refused(ErrorCode.UNAUTHORIZED, () -> openForWrite("c1", null));
        refused(ErrorCode.CANDIDACY_NOT_FOUND, () -> openForWrite("c1", "Bearer t2"));
    }

    @Test
    void withdrawn_and_expired_dossiers_are_closed_whatever_the_time() {
        candidacies.put(draft.withdrawn(Fixtures.DURING_CALL));
        refused(ErrorCode.CANDIDACY_WITHDRAWN, () -> openForWrite("c1", "Bearer t1"));
        clock.set(Fixtures.AFTER_DEADLINE);
        refused(ErrorCode.CANDIDACY_WITHDRAWN, () -> openForWrite("c1", "Bearer t1"));

        candidacies.put(draft.expired(Fixtures.AFTER_DEADLINE));
        refused(ErrorCode.CANDIDACY_EXPIRED, () -> openForWrite("c1", "Bearer t1"));
    }

    @Test
    void the_server_clock_decides_the_deadline() {
        clock.set(Fixtures.CLOSES);
        assertThat(openForWrite("c1", "Bearer t1").receivedAt()).isEqualTo(Fixtures.CLOSES);

        clock.set(Fixtures.AFTER_DEADLINE);
        refused(ErrorCode.DEADLINE_PASSED, () -> openForWrite("c1", "Bearer t1"));

        clock.set(Fixtures.OPENS.minusMillis(1));
        refused(ErrorCode.CAMPAIGN_NOT_OPEN, () -> openForWrite("c1", "Bearer t1"));
    }

    @Test
    void the_dossiers_personal_extension_counts() {
        candidacies.put(draft.withPersonalDeadline(Fixtures.CLOSES.plus(Duration.ofDays(2)), Fixtures.CLOSES));
        clock.set(Fixtures.CLOSES.plus(Duration.ofDays(1)));

        assertThat(openForWrite("c1", "Bearer t1").candidacy().personalDeadline())
                .isEqualTo(Fixtures.CLOSES.plus(Duration.ofDays(2)));
    }

    @Test
    void a_dossier_whose_campaign_is_gone_cannot_be_written() {
        candidacies.put(Fixtures.draft("c3", "gone-2019", Fixtures.bareLabelForm("a@b.fr"), "t3", Fixtures.DURING_CALL));

        refused(ErrorCode.CAMPAIGN_NOT_FOUND, () -> openForWrite("c3", "Bearer t3"));
    }

    @Test
    void drafts_and_submitted_dossiers_are_editable_withdrawn_and_expired_ones_are_not() {
        assertThatCode(() -> CandidacyRules.requireEditable(draft)).doesNotThrowAnyException();
        assertThatCode(() -> CandidacyRules.requireEditable(Fixtures.submitted("c2", "ARA-2019-L-0001", Fixtures.DURING_CALL)))
                .doesNotThrowAnyException();
        refused(ErrorCode.CANDIDACY_WITHDRAWN, () -> CandidacyRules.requireEditable(draft.withdrawn(Fixtures.DURING_CALL)));
        refused(ErrorCode.CANDIDACY_EXPIRED, () -> CandidacyRules.requireEditable(draft.expired(Fixtures.AFTER_DEADLINE)));
    }
}
