package fr.interconnectes.candidatures.jury;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.Refusals;
import org.junit.jupiter.api.Test;

class DeclareConflictTest {

    private static final String DOSSIER = JuryBench.DOSSIER;

    private final JuryBench bench = new JuryBench();
    private final DeclareConflict declareConflict = new DeclareConflict(bench.access(), bench.campaigns,
            bench.candidacies, bench.jury, bench.audit(), bench.clock);
    private final Principal juror = bench.assignedJuror("juror-1");

    @Test
    void the_juror_declares_a_conflict_and_the_audit_log_keeps_no_reason() {
        DeclareConflict.Result result = declareConflict.execute(juror, conflict("Ancien employeur"));

        assertThat(result.record().conflicted()).isTrue();
        assertThat(result.record().conflictReason()).isEqualTo("Ancien employeur");
        assertThat(result.record().conflictDeclaredAt()).isEqualTo(bench.clock.instant());
        assertThat(result.scoresCleared()).isFalse();
        assertThat(bench.jury.stored(DOSSIER, juror.sub()).conflicted()).isTrue();
        assertThat(bench.log.actions()).containsExactly("conflict_declared");
        assertThat(bench.log.entries().get(0).details()).containsEntry("scoresCleared", "false");
        assertThat(bench.log.entries().toString()).doesNotContain("employeur");
    }

    @Test
    void the_scores_of_a_juror_who_declares_a_conflict_are_cleared() {
        bench.jury.save(bench.jury.stored(DOSSIER, juror.sub())
                .withScores(Fixtures.evenScores(8), "Très bien", bench.clock.instant()));

        DeclareConflict.Result result = declareConflict.execute(juror, conflict("Je connais le maire"));

        assertThat(result.scoresCleared()).isTrue();
        assertThat(bench.jury.stored(DOSSIER, juror.sub()).scored()).isFalse();
        assertThat(bench.jury.stored(DOSSIER, juror.sub()).scores()).isEmpty();
        assertThat(bench.log.entries().get(0).details()).containsEntry("scoresCleared", "true");
    }

    @Test
    void declaring_again_changes_nothing() {
        declareConflict.execute(juror, conflict("Première raison"));
        bench.clock.advance(java.time.Duration.ofHours(1));

        DeclareConflict.Result again = declareConflict.execute(juror, conflict("Seconde raison"));

        assertThat(again.record().conflictReason()).isEqualTo("Première raison");
        assertThat(again.scoresCleared()).isFalse();
        assertThat(bench.log.actions()).containsExactly("conflict_declared");
    }

    @Test
    void a_conflict_declared_by_a_concurrent_request_is_recorded_once() {
        bench.jury.beforeNextWrite(records -> records.save(
                records.stored(DOSSIER, juror.sub()).withConflict("Par l'autre requête", bench.clock.instant())));

        DeclareConflict.Result result = declareConflict.execute(juror, conflict("Par celle-ci"));

        assertThat(result.record().conflictReason()).isEqualTo("Par l'autre requête");
        assertThat(bench.log.entries()).isEmpty();
    }

    @Test
    void only_the_assigned_juror_declares_a_conflict_on_the_dossier() {
        assertThat(Refusals.of(() -> declareConflict.execute(Fixtures.juror("juror-2"), conflict("?"))).code())
                .isEqualTo(ErrorCode.NOT_ASSIGNED);
        assertThat(Refusals.of(() -> declareConflict.execute(Fixtures.organiser(), conflict("?"))).code())
                .isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(Refusals.of(() -> declareConflict.execute(Fixtures.regionalOrganiser("ARA"), conflict("?"))).code())
                .isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(Refusals.of(() -> declareConflict.execute(juror, new DeclareConflict.Command("c-missing", "?")))
                .code()).isEqualTo(ErrorCode.CANDIDACY_NOT_FOUND);
        assertThat(bench.log.entries()).isEmpty();
    }

    @Test
    void once_the_decision_was_sent_a_new_conflict_is_refused_but_a_declared_one_still_reads() {
        var submitted = bench.candidacies.stored(DOSSIER);
        bench.candidacies.put(Fixtures.withSentDecision(submitted, Decision.Outcome.NOT_SELECTED, bench.clock.instant()));

        assertThat(Refusals.of(() -> declareConflict.execute(juror, conflict("Trop tard"))).code())
                .isEqualTo(ErrorCode.DECISION_ALREADY_SENT);

        bench.jury.save(bench.jury.stored(DOSSIER, juror.sub()).withConflict("Déclaré à temps", bench.clock.instant()));
        assertThat(declareConflict.execute(juror, conflict("Encore")).record().conflictReason())
                .isEqualTo("Déclaré à temps");
    }

    private static DeclareConflict.Command conflict(String reason) {
        return new DeclareConflict.Command(DOSSIER, reason);
    }
}
