package fr.interconnectes.candidatures.jury;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.Refusals;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignJurorsTest {

    private static final String DOSSIER = JuryBench.DOSSIER;

    private final JuryBench bench = new JuryBench();
    private final AssignJurors assignJurors = new AssignJurors(bench.campaigns, bench.candidacies, bench.jury,
            bench.audit(), bench.clock);
    private final Principal ara = Fixtures.regionalOrganiser("ARA");

    @Test
    void an_organiser_assigns_jurors_in_the_order_given() {
        AssignJurors.Result result = assignJurors.execute(Fixtures.organiser(), jurors("juror-2", "juror-1"));

        assertThat(result.added()).containsExactly("juror-2", "juror-1");
        assertThat(result.jurors()).extracting(JuryRecord::jurorId).containsExactly("juror-2", "juror-1");
        assertThat(result.removed()).isEmpty();
        assertThat(result.kept()).isEmpty();
        JuryRecord stored = bench.jury.stored(DOSSIER, "juror-1");
        assertThat(stored.campaignId()).isEqualTo(Fixtures.LABEL_CAMPAIGN);
        assertThat(stored.assignedBy()).isEqualTo(Fixtures.organiser().sub());
        assertThat(stored.assignedAt()).isEqualTo(bench.clock.instant());
        assertThat(bench.log.actions()).containsExactly("jurors_assigned");
        assertThat(bench.log.entries().get(0).details()).containsEntry("jurorIds", "juror-2,juror-1")
                .containsEntry("added", "juror-2,juror-1").containsEntry("removed", "").containsEntry("kept", "");
    }

    @Test
    void the_regions_organiser_replaces_the_jury_but_keeps_those_who_scored() {
        assignJurors.execute(ara, jurors("scored", "idle", "conflicted"));
        bench.jury.save(bench.jury.stored(DOSSIER, "scored")
                .withScores(Fixtures.evenScores(6), null, bench.clock.instant()));
        bench.jury.save(bench.jury.stored(DOSSIER, "conflicted").withConflict("Ancien employeur", bench.clock.instant()));

        AssignJurors.Result result = assignJurors.execute(ara, jurors("newcomer"));

        assertThat(result.added()).containsExactly("newcomer");
        assertThat(result.removed()).containsExactlyInAnyOrder("idle", "conflicted");
        assertThat(result.kept()).containsExactly("scored");
        assertThat(result.jurors()).extracting(JuryRecord::jurorId).containsExactly("newcomer", "scored");
        assertThat(bench.jury.find(DOSSIER, "idle")).isEmpty();
        assertThat(bench.log.entries().get(1).details()).containsEntry("kept", "scored").containsEntry("added", "newcomer");
    }

    @Test
    void the_same_jury_again_changes_nothing_and_is_not_audited() {
        assignJurors.execute(ara, jurors("juror-1"));

        AssignJurors.Result again = assignJurors.execute(ara, jurors("juror-1"));

        assertThat(again.added()).isEmpty();
        assertThat(again.jurors()).extracting(JuryRecord::jurorId).containsExactly("juror-1");
        assertThat(bench.log.actions()).containsExactly("jurors_assigned");
    }

    @Test
    void a_juror_who_scores_while_being_removed_is_kept() {
        assignJurors.execute(ara, jurors("busy"));
        bench.jury.beforeNextWrite(records -> records.save(
                records.stored(DOSSIER, "busy").withScores(Fixtures.evenScores(4), null, bench.clock.instant())));

        AssignJurors.Result result = assignJurors.execute(ara, jurors());

        assertThat(result.kept()).containsExactly("busy");
        assertThat(bench.jury.stored(DOSSIER, "busy").scored()).isTrue();
    }

    @Test
    void only_the_campaigns_organisers_assign() {
        assertThat(Refusals.of(() -> assignJurors.execute(Fixtures.juror("juror-1"), jurors("juror-1"))).code())
                .isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(Refusals.of(() -> assignJurors.execute(Fixtures.regionalOrganiser("BRE"), jurors("juror-1"))).code())
                .isEqualTo(ErrorCode.OUT_OF_REGION);
        assertThat(Refusals.of(() -> assignJurors.execute(ara, new AssignJurors.Command("c-missing", List.of())))
                .code()).isEqualTo(ErrorCode.CANDIDACY_NOT_FOUND);
        assertThat(bench.jury.forCandidacy(DOSSIER)).isEmpty();
        assertThat(bench.log.entries()).isEmpty();
    }

    @Test
    void only_a_submitted_dossier_whose_decision_was_not_sent_takes_jurors() {
        bench.candidacies.put(Fixtures.draft("c2", Fixtures.LABEL_CAMPAIGN, Fixtures.bareLabelForm("a@b.fr"), "t",
                Fixtures.DURING_CALL));
        assertThat(Refusals.of(() -> assignJurors.execute(ara, new AssignJurors.Command("c2", List.of("juror-1"))))
                .code()).isEqualTo(ErrorCode.NOT_SUBMITTED);

        bench.candidacies.put(Fixtures.withSentDecision(bench.candidacies.stored(DOSSIER), Decision.Outcome.FINALIST,
                bench.clock.instant()));
        assertThat(Refusals.of(() -> assignJurors.execute(ara, jurors("juror-1"))).code())
                .isEqualTo(ErrorCode.DECISION_ALREADY_SENT);
        assertThat(bench.jury.forCandidacy(DOSSIER)).isEmpty();
    }

    private static AssignJurors.Command jurors(String... ids) {
        return new AssignJurors.Command(DOSSIER, List.of(ids));
    }
}
