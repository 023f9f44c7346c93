package fr.interconnectes.candidatures.jury;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import fr.interconnectes.candidatures.testing.Refusals;
import fr.interconnectes.candidatures.testing.TestClock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssignJurorsTest {

    private static final String DOSSIER = "c1";

    private final TestClock clock = TestClock.at("2019-10-12T09:00:00Z");
    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryJuryRecords jury = new InMemoryJuryRecords();
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final AssignJurors assignJurors = new AssignJurors(new InMemoryCampaigns(Fixtures.labelCampaign()),
            candidacies, jury, new Audit(log, clock), clock);
    private final Principal ara = Fixtures.regionalOrganiser("ARA");

    @BeforeEach
    void aSubmittedDossier() {
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL));
    }

    @Test
    void an_organiser_assigns_jurors_in_the_order_given() {
        AssignJurors.Result result = assignJurors.execute(Fixtures.organiser(), jurors("juror-2", "juror-1"));

        assertThat(result.added()).containsExactly("juror-2", "juror-1");
        assertThat(result.jurors()).extracting(JuryRecord::jurorId).containsExactly("juror-2", "juror-1");
        assertThat(result.removed()).isEmpty();
        assertThat(result.kept()).isEmpty();
        JuryRecord stored = jury.stored(DOSSIER, "juror-1");
        assertThat(stored.campaignId()).isEqualTo(Fixtures.LABEL_CAMPAIGN);
        assertThat(stored.assignedBy()).isEqualTo(Fixtures.organiser().sub());
        assertThat(stored.assignedAt()).isEqualTo(clock.instant());
        assertThat(log.actions()).containsExactly("jurors_assigned");
        assertThat(log.entries().get(0).details()).containsEntry("jurorIds", "juror-2,juror-1")
                .containsEntry("added", "juror-2,juror-1").containsEntry("removed", "").containsEntry("kept", "");
    }

    @Test
    void the_regions_organiser_replaces_the_jury_but_keeps_those_who_scored() {
        assignJurors.execute(ara, jurors("scored", "idle", "conflicted"));
        jury.save(jury.stored(DOSSIER, "scored").withScores(Fixtures.evenScores(6), null, clock.instant()));
        jury.save(jury.stored(DOSSIER, "conflicted").withConflict("Ancien employeur", clock.instant()));

        AssignJurors.Result result = assignJurors.execute(ara, jurors("newcomer"));

        assertThat(result.added()).containsExactly("newcomer");
        assertThat(result.removed()).containsExactlyInAnyOrder("idle", "conflicted");
        assertThat(result.kept()).containsExactly("scored");
        assertThat(result.jurors()).extracting(JuryRecord::jurorId).containsExactly("newcomer", "scored");
        assertThat(jury.find(DOSSIER, "idle")).isEmpty();
        assertThat(log.entries().get(1).details()).containsEntry("kept", "scored").containsEntry("added", "newcomer");
    }

    @Test
    void the_same_jury_again_changes_nothing_and_is_not_audited() {
        assignJurors.execute(ara, jurors("juror-1"));

        AssignJurors.Result again = assignJurors.execute(ara, jurors("juror-1"));

        assertThat(again.added()).isEmpty();
        assertThat(again.jurors()).extracting(JuryRecord::jurorId).containsExactly("juror-1");
        assertThat(log.actions()).containsExactly("jurors_assigned");
    }

    @Test
    void a_juror_who_scores_while_being_removed_is_kept() {
        assignJurors.execute(ara, jurors("busy"));
        jury.beforeNextWrite(records -> records.save(
                records.stored(DOSSIER, "busy").withScores(Fixtures.evenScores(4), null, clock.instant())));

        AssignJurors.Result result = assignJurors.execute(ara, jurors());

        assertThat(result.kept()).containsExactly("busy");
        assertThat(jury.stored(DOSSIER, "busy").scored()).isTrue();
    }

    @Test
    void only_the_campaigns_organisers_assign() {
        assertThat(Refusals.of(() -> assignJurors.execute(Fixtures.juror("juror-1"), jurors("juror-1"))).code())
                .isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(Refusals.of(() -> assignJurors.execute(Fixtures.regionalOrganiser("BRE"), jurors("juror-1"))).code())
                .isEqualTo(ErrorCode.OUT_OF_REGION);
        assertThat(Refusals.of(() -> assignJurors.execute(ara, new AssignJurors.Command("c-missing", List.of())))
                .code()).isEqualTo(ErrorCode.CANDIDACY_NOT_FOUND);
        assertThat(jury.forCandidacy(DOSSIER)).isEmpty();
        assertThat(log.entries()).isEmpty();
    }

    @Test
    void only_a_submitted_dossier_whose_decision_was_not_sent_takes_jurors() {
        candidacies.put(Fixtures.draft("c2", Fixtures.LABEL_CAMPAIGN, Fixtures.bareLabelForm("a@b.fr"), "t",
                Fixtures.DURING_CALL));
        assertThat(Refusals.of(() -> assignJurors.execute(ara, new AssignJurors.Command("c2", List.of("juror-1"))))
                .code()).isEqualTo(ErrorCode.NOT_SUBMITTED);

        candidacies.put(Fixtures.withSentDecision(candidacies.stored(DOSSIER), Decision.Outcome.FINALIST, clock.instant()));
        assertThat(Refusals.of(() -> assignJurors.execute(ara, jurors("juror-1"))).code())
                .isEqualTo(ErrorCode.DECISION_ALREADY_SENT);
        assertThat(jury.forCandidacy(DOSSIER)).isEmpty();
    }

    private static AssignJurors.Command jurors(String... ids) {
        return new AssignJurors.Command(DOSSIER, List.of(ids));
    }
}
