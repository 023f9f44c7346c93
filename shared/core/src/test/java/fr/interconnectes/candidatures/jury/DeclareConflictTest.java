package fr.interconnectes.candidatures.jury;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import fr.interconnectes.candidatures.testing.Refusals;
import fr.interconnectes.candidatures.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeclareConflictTest {

    private static final String DOSSIER = "c1";

    private final TestClock clock = TestClock.at("2019-10-17T09:00:00Z");
    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryJuryRecords jury = new InMemoryJuryRecords();
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final DeclareConflict declareConflict = new DeclareConflict(new AdminAccess(jury),
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, jury, new Audit(log, clock), clock);
    private final Principal juror = Fixtures.juror("juror-1");

    @BeforeEach
    void aSubmittedDossierWithItsJuror() {
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL));
        jury.save(Fixtures.assigned(DOSSIER, juror.sub()));
    }

    @Test
    void the_juror_declares_a_conflict_and_the_audit_log_keeps_no_reason() {
        DeclareConflict.Result result = declareConflict.execute(juror, conflict("Ancien employeur"));

        assertThat(result.record().conflicted()).isTrue();
        assertThat(result.record().conflictReason()).isEqualTo("Ancien employeur");
        assertThat(result.record().conflictDeclaredAt()).isEqualTo(clock.instant());
        assertThat(result.scoresCleared()).isFalse();
        assertThat(jury.stored(DOSSIER, juror.sub()).conflicted()).isTrue();
        assertThat(log.actions()).containsExactly("conflict_declared");
        assertThat(log.entries().get(0).details()).containsEntry("scoresCleared", "false");
        assertThat(log.entries().toString()).doesNotContain("employeur");
    }

    @Test
    void the_scores_of_a_juror_who_declares_a_conflict_are_cleared() {
        jury.save(jury.stored(DOSSIER, juror.sub()).withScores(Fixtures.evenScores(8), "Très bien", clock.instant()));

        DeclareConflict.Result result = declareConflict.execute(juror, conflict("Je connais le maire"));

        assertThat(result.scoresCleared()).isTrue();
        assertThat(jury.stored(DOSSIER, juror.sub()).scored()).isFalse();
        assertThat(jury.stored(DOSSIER, juror.sub()).scores()).isEmpty();
        assertThat(log.entries().get(0).details()).containsEntry("scoresCleared", "true");
    }

    @Test
    void declaring_again_changes_nothing() {
        declareConflict.execute(juror, conflict("Première raison"));
        clock.advance(java.time.Duration.ofHours(1));

        DeclareConflict.Result again = declareConflict.execute(juror, conflict("Seconde raison"));

        assertThat(again.record().conflictReason()).isEqualTo("Première raison");
        assertThat(again.scoresCleared()).isFalse();
        assertThat(log.actions()).containsExactly("conflict_declared");
    }

    @Test
    void a_conflict_declared_by_a_concurrent_request_is_recorded_once() {
        jury.beforeNextWrite(records -> records.save(
                records.stored(DOSSIER, juror.sub()).withConflict("Par l'autre requête", clock.instant())));

        DeclareConflict.Result result = declareConflict.execute(juror, conflict("Par celle-ci"));

        assertThat(result.record().conflictReason()).isEqualTo("Par l'autre requête");
        assertThat(log.entries()).isEmpty();
    }

    @Test
    void only_the_assigned_juror_declares_a_conflict_on_the_dossier() {
        assertThat(Refusals.of(() -> declareConflict.execute(Fixtures.juror("juror-2"), conflict("?"))).code())
                .isEqualTo(ErrorCode.NOT_ASSIGNED);
        assertThat(Refusals.of(() -> declareConflict.execute(Fixtures.organiser(), conflict("?"))).code())
                .isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(Refusals.of(() -> declareConflict.execute(Fixtures.regionalOrganiser("ARA"), conflict("?"))).code())
                .isEqualTo(ErrorCode.OUT_OF_REGION);
        assertThat(Refusals.of(() -> declareConflict.execute(juror, new DeclareConflict.Command("c-missing", "?")))
                .code()).isEqualTo(ErrorCode.CANDIDACY_NOT_FOUND);
        assertThat(log.entries()).isEmpty();
    }

    @Test
    void once_the_decision_was_sent_a_new_conflict_is_refused_but_a_declared_one_still_reads() {
        var submitted = candidacies.stored(DOSSIER);
        candidacies.put(Fixtures.withSentDecision(submitted, Decision.Outcome.NOT_SELECTED, clock.instant()));

        assertThat(Refusals.of(() -> declareConflict.execute(juror, conflict("Trop tard"))).code())
                .isEqualTo(ErrorCode.DECISION_ALREADY_SENT);

        jury.save(jury.stored(DOSSIER, juror.sub()).withConflict("Déclaré à temps", clock.instant()));
        assertThat(declareConflict.execute(juror, conflict("Encore")).record().conflictReason())
                .isEqualTo("Déclaré à temps");
    }

    private static DeclareConflict.Command conflict(String reason) {
        return new DeclareConflict.Command(DOSSIER, reason);
    }
}
