package fr.interconnectes.candidatures.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.Refusals;
import fr.interconnectes.candidatures.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordDecisionTest {

    private static final String DOSSIER = "c1";

    private final TestClock clock = TestClock.at("2019-10-18T10:00:00Z");
    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final RecordDecision recordDecision = new RecordDecision(new InMemoryCampaigns(Fixtures.labelCampaign()),
            new CandidacyWriter(candidacies), new Audit(log, clock), clock);

    @BeforeEach
    void aSubmittedDossier() {
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL));
    }

    @Test
    void an_organiser_records_a_pending_decision_and_may_change_it() {
        DecisionView view = recordDecision.record(Fixtures.regionalOrganiser("ARA"),
                decision(Decision.Outcome.FINALIST, "Bravo !"));

        Decision recorded = candidacies.stored(DOSSIER).decision();
        assertThat(view.candidacy().decision()).isEqualTo(recorded);
        assertThat(recorded.outcome()).isEqualTo(Decision.Outcome.FINALIST);
        assertThat(recorded.message()).isEqualTo("Bravo !");
        assertThat(recorded.decidedBy()).isEqualTo("regional-ARA");
        assertThat(recorded.decidedAt()).isEqualTo(clock.instant());
        assertThat(recorded.pending()).isTrue();
        assertThat(log.entries().get(0).action()).isEqualTo("decision.recorded");
        assertThat(log.entries().get(0).details()).containsEntry("outcome", "finalist").containsEntry("messageLength", "7");

        recordDecision.record(Fixtures.organiser(), decision(Decision.Outcome.NOT_SELECTED, null));

        assertThat(candidacies.stored(DOSSIER).decision().outcome()).isEqualTo(Decision.Outcome.NOT_SELECTED);
        assertThat(log.entries().get(1).details()).containsEntry("messageLength", "0");
    }

    @Test
    void only_a_submitted_dossier_whose_decision_was_not_sent_takes_one() {
        candidacies.put(Fixtures.draft("c2", Fixtures.LABEL_CAMPAIGN, Fixtures.bareLabelForm("a@b.fr"), "t",
                Fixtures.DURING_CALL));
        assertThat(Refusals.of(() -> recordDecision.record(Fixtures.organiser(),
                new RecordDecision.Command("c2", Decision.Outcome.FINALIST, null))).code())
                .isEqualTo(ErrorCode.NOT_SUBMITTED);

        candidacies.put(Fixtures.withSentDecision(candidacies.stored(DOSSIER), Decision.Outcome.FINALIST, clock.instant()));
        assertThat(Refusals.of(() -> recordDecision.record(Fixtures.organiser(),
                decision(Decision.Outcome.NOT_SELECTED, null))).code()).isEqualTo(ErrorCode.DECISION_ALREADY_SENT);
        assertThat(candidacies.stored(DOSSIER).decision().outcome()).isEqualTo(Decision.Outcome.FINALIST);
    }

    @Test
    void a_decision_sent_meanwhile_is_not_overwritten() {
        candidacies.beforeNextUpdate(store -> store.put(Fixtures.withSentDecision(store.stored(DOSSIER),
                Decision.Outcome.NOT_SELECTED, clock.instant()).atRevision(store.stored(DOSSIER).revision() + 1)));

        assertThat(Refusals.of(() -> recordDecision.record(Fixtures.organiser(),
                decision(Decision.Outcome.FINALIST, null))).code()).isEqualTo(ErrorCode.DECISION_ALREADY_SENT);
        assertThat(candidacies.stored(DOSSIER).decision().outcome()).isEqualTo(Decision.Outcome.NOT_SELECTED);
        assertThat(log.entries()).isEmpty();
    }

    @Test
    void only_the_campaigns_organisers_decide() {
        assertThat(Refusals.of(() -> recordDecision.record(Fixtures.regionalOrganiser("BRE"),
                decision(Decision.Outcome.FINALIST, null))).code()).isEqualTo(ErrorCode.OUT_OF_REGION);
        assertThat(Refusals.of(() -> recordDecision.record(Fixtures.juror("juror-1"),
                decision(Decision.Outcome.FINALIST, null))).code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(Refusals.of(() -> recordDecision.clear(Fixtures.juror("juror-1"), DOSSIER)).code())
                .isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(Refusals.of(() -> recordDecision.record(Fixtures.organiser(),
                new RecordDecision.Command("c-missing", Decision.Outcome.FINALIST, null))).code())
                .isEqualTo(ErrorCode.CANDIDACY_NOT_FOUND);
        assertThat(candidacies.stored(DOSSIER).decision()).isNull();
        assertThat(log.entries()).isEmpty();
    }

    @Test
    void a_pending_decision_is_cleared_and_clearing_none_changes_nothing() {
        recordDecision.record(Fixtures.organiser(), decision(Decision.Outcome.FINALIST, null));

        DecisionView cleared = recordDecision.clear(Fixtures.organiser(), DOSSIER);
        DecisionView again = recordDecision.clear(Fixtures.organiser(), DOSSIER);

        assertThat(cleared.candidacy().decision()).isNull();
        assertThat(again.candidacy().decision()).isNull();
        assertThat(log.actions()).containsExactly("decision.recorded", "decision.cleared", "decision.cleared");
        assertThat(log.entries().get(1).details()).containsEntry("previousOutcome", "finalist");
        assertThat(log.entries().get(2).details()).containsEntry("previousOutcome", "none");
    }

    @Test
    void a_sent_decision_is_not_cleared() {
        candidacies.put(Fixtures.withSentDecision(candidacies.stored(DOSSIER), Decision.Outcome.FINALIST, clock.instant()));

        assertThat(Refusals.of(() -> recordDecision.clear(Fixtures.organiser(), DOSSIER)).code())
                .isEqualTo(ErrorCode.DECISION_ALREADY_SENT);
        assertThat(candidacies.stored(DOSSIER).decision()).isNotNull();
    }

    private static RecordDecision.Command decision(Decision.Outcome outcome, String message) {
        return new RecordDecision.Command(DOSSIER, outcome, message);
    }
}
